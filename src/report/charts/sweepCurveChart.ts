import type { TopLevelSpec } from 'vega-lite';
import { COLORS, PANEL, specHeader } from '../theme.js';
import type { ConcatChild } from './specTypes.js';

/** Metrics (mean with interval over replicates) at each value of a swept parameter. */
export interface SweepCurveData {
  /** The swept parameter, with its unit, e.g. "Flash-sale discount (%)". */
  readonly parameter: string;
  readonly points: readonly {
    readonly value: number;
    /** "revenue", "profit" or "conversion" (others are drawn with their own name). */
    readonly metric: string;
    readonly mean: number;
    readonly lo: number;
    readonly hi: number;
  }[];
  /** Parameter value maximising the objective, with an interval for where the optimum lies. */
  readonly optimum?: { readonly value: number; readonly lo: number; readonly hi: number };
  /** What the optimum maximises (default revenue). */
  readonly objective?: 'revenue' | 'profit';
  readonly currency?: string;
}

function metricTitle(metric: string, currency: string): string {
  if (metric === 'revenue') return `Revenue per session (${currency})`;
  if (metric === 'profit') return `Profit per session (${currency})`;
  if (metric === 'conversion') return 'Buyers per viewer (%)';
  return metric;
}

/**
 * Sweep curve: revenue (and profit, conversion) against the swept parameter, mean and interval
 * over replicates, with the value maximising the objective and its interval marked.
 */
export function sweepCurveChart(data: SweepCurveData): TopLevelSpec {
  const metrics = [...new Set(data.points.map((point) => point.metric))];
  const optimumText = data.optimum
    ? `${data.objective === 'profit' ? 'Profit' : 'Revenue'}-maximising value ${data.optimum.value} (red line; interval ${data.optimum.lo} to ${data.optimum.hi}, red band); blue and green bands: interval over replicates`
    : 'Bands: interval over replicates';
  return {
    ...specHeader(`Sweep: ${data.parameter}`, optimumText),
    datasets: { sweep: data.points.map((point) => ({ ...point })), optimum: data.optimum ? [{ ...data.optimum }] : [] },
    vconcat: metrics.map((metric, index) => sweepPanel(data, metric, index, data.currency ?? '¥')),
  };
}

function sweepPanel(data: SweepCurveData, metric: string, index: number, currency: string): ConcatChild {
  const x = { field: 'value', type: 'quantitative' as const, title: data.parameter };
  const color = index === 0 ? COLORS.control : COLORS.positive;
  const axis = metric === 'conversion' ? { format: '.1%' } : {};
  const only = [{ filter: { field: 'metric', equal: metric } }];
  return {
    width: PANEL.width,
    height: 150,
    layer: [
      { data: { name: 'optimum' }, mark: { type: 'rect', opacity: 0.15, color: COLORS.negative }, encoding: { x: { field: 'lo', type: 'quantitative' }, x2: { field: 'hi' } } },
      { data: { name: 'optimum' }, mark: { type: 'rule', color: COLORS.negative, strokeWidth: 2 }, encoding: { x: { field: 'value', type: 'quantitative' } } },
      { data: { name: 'sweep' }, transform: only, mark: { type: 'area', opacity: 0.25, color }, encoding: { x, y: { field: 'lo', type: 'quantitative', title: metricTitle(metric, currency), axis }, y2: { field: 'hi' } } },
      { data: { name: 'sweep' }, transform: only, mark: { type: 'line', point: true, color, tooltip: true }, encoding: { x, y: { field: 'mean', type: 'quantitative' } } },
    ],
  };
}
