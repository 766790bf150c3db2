import type { TopLevelSpec } from 'vega-lite';
import { formatPercent } from '../../format/formatPercent.js';
import { PANEL, categoryScale, specHeader } from '../theme.js';

/** Posterior density of each variant's lift over control, with its chance to beat control. */
export interface PosteriorChartData {
  readonly metric: string;
  readonly variants: readonly {
    readonly name: string;
    /** Density evaluated on a grid of lift values, in increasing lift order. */
    readonly points: readonly { readonly lift: number; readonly density: number }[];
    /** Posterior probability that the variant beats control, P(lift > 0). */
    readonly chanceToBeatControl: number;
    /** Credible interval of the lift, e.g. the central 95%. */
    readonly credibleInterval?: readonly [number, number];
  }[];
  readonly scale: 'relative' | 'absolute';
  /** Level of the credible intervals (default 0.95). */
  readonly level?: number;
}

/**
 * Bayesian view: the posterior density of the lift for each variant, the zero line, the credible
 * interval as a bar under the curve, and the chance to beat control in the legend.
 */
export function posteriorChart(data: PosteriorChartData): TopLevelSpec {
  const labelOf = (variant: PosteriorChartData['variants'][number]) =>
    `${variant.name}: P(beats control) = ${formatPercent(variant.chanceToBeatControl, 1)}`;
  const labels = data.variants.map(labelOf);
  const density = data.variants.flatMap((variant) => variant.points.map((point) => ({ variant: labelOf(variant), ...point })));
  const intervals = data.variants.flatMap((variant) =>
    variant.credibleInterval ? [{ variant: labelOf(variant), lo: variant.credibleInterval[0], hi: variant.credibleInterval[1] }] : [],
  );
  const relative = data.scale === 'relative';
  const x = { field: 'lift', type: 'quantitative' as const, title: relative ? `Lift of ${data.metric} vs control (%)` : `Difference in ${data.metric} vs control (metric units)`, axis: relative ? { format: '+.0%' } : {} };
  const color = { field: 'variant', type: 'nominal' as const, title: 'Variant', scale: categoryScale(labels), legend: { orient: 'bottom' as const, direction: 'vertical' as const } };
  const level = `${Math.round((data.level ?? 0.95) * 1000) / 10}%`;
  return {
    ...specHeader(`Posterior of the lift: ${data.metric}`, `Curves: posterior density; bars on the axis: ${level} credible interval; dashed: no effect`),
    width: PANEL.width,
    height: PANEL.height,
    layer: [
      {
        data: { values: density },
        mark: { type: 'area', opacity: 0.35, line: true },
        encoding: { x, y: { field: 'density', type: 'quantitative', title: 'Posterior density (per unit of lift)', stack: null }, color },
      },
      {
        data: { values: intervals },
        mark: { type: 'rule', strokeWidth: 5 },
        encoding: { x: { field: 'lo', type: 'quantitative' }, x2: { field: 'hi' }, y: { value: PANEL.height - 3 }, color },
      },
      { data: { values: [{}] }, mark: { type: 'rule', strokeDash: [4, 3], color: '#333333' }, encoding: { x: { datum: 0, type: 'quantitative' } } },
    ],
  };
}
