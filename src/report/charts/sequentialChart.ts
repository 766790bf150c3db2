import type { TopLevelSpec } from 'vega-lite';
import { COLORS, PANEL, specHeader } from '../theme.js';
import type { LayerChild } from './specTypes.js';

/** An always-valid confidence sequence at each look, and the fixed-horizon interval at the end. */
export interface SequentialChartData {
  readonly metric: string;
  /** One point per look, in increasing `at` order. */
  readonly looks: readonly {
    /** Units (or minutes) accumulated at this look. */
    readonly at: number;
    readonly estimate: number;
    /** Confidence sequence at this look. */
    readonly lo: number;
    readonly hi: number;
    /** The ordinary fixed-horizon interval computed at this look (what a peeker would use). */
    readonly naiveLo?: number;
    readonly naiveHi?: number;
  }[];
  /** The fixed-horizon interval at the planned sample size. */
  readonly fixedHorizon: { readonly at: number; readonly estimate: number; readonly lo: number; readonly hi: number };
  readonly scale: 'relative' | 'absolute';
  /** What `at` counts, with its unit, for the x axis (default "Units enrolled (units)"). */
  readonly xTitle?: string;
  /** `at` is a time in ms since 1970 (UTC), drawn as dates (the `analyze --date` view). */
  readonly xTemporal?: boolean;
  /** Unit of the metric for an absolute y axis (a currency, "min"); default "metric units". */
  readonly unit?: string;
  readonly level: number;
}

/**
 * Sequential view (the peeking lesson): the confidence sequence narrowing over time, the interval
 * a peeker would compute at each look, and the fixed-horizon interval at the planned size.
 */
export function sequentialChart(data: SequentialChartData): TopLevelSpec {
  const relative = data.scale === 'relative';
  const level = `${Math.round(data.level * 1000) / 10}%`;
  const kinds = ['Confidence sequence (valid at every look)', 'Fixed-horizon interval at each look (peeking)', 'Fixed-horizon interval at the planned size'];
  const kind = { field: 'kind', type: 'nominal' as const, title: 'Interval', scale: { domain: kinds, range: [COLORS.control, COLORS.variant, '#222222'] }, legend: { orient: 'bottom' as const, direction: 'vertical' as const } };
  const x = data.xTemporal
    ? { field: 'at', type: 'temporal' as const, title: data.xTitle ?? 'Day', axis: { format: '%Y-%m-%d' } }
    : { field: 'at', type: 'quantitative' as const, title: data.xTitle ?? 'Units enrolled (units)' };
  const yTitle = relative ? `Lift of ${data.metric} vs control (%)` : `Difference in ${data.metric} (${data.unit ?? 'metric units'})`;
  const y = { field: 'lo', type: 'quantitative' as const, title: yTitle, axis: relative ? { format: '+.0%' } : {} };
  const looks = data.looks.map((look) => ({ ...look, kind: kinds[0] }));
  const naive = data.looks.filter((look) => look.naiveLo !== undefined && look.naiveHi !== undefined).map((look) => ({ at: look.at, lo: look.naiveLo, hi: look.naiveHi, kind: kinds[1] }));
  const layers: LayerChild[] = [
    { data: { values: looks }, mark: { type: 'area', opacity: 0.25 }, encoding: { x, y, y2: { field: 'hi' }, color: kind } },
    { data: { values: looks }, mark: { type: 'line', color: COLORS.control }, encoding: { x, y: { field: 'estimate', type: 'quantitative' } } },
  ];
  if (naive.length > 0) {
    layers.push({ data: { values: naive }, mark: { type: 'line', strokeDash: [5, 3] }, encoding: { x, y, color: kind } });
    layers.push({ data: { values: naive }, mark: { type: 'line', strokeDash: [5, 3] }, encoding: { x, y: { field: 'hi', type: 'quantitative' }, color: kind } });
  }
  layers.push(
    { data: { values: [{ ...data.fixedHorizon, kind: kinds[2] }] }, mark: { type: 'rule', strokeWidth: 3 }, encoding: { x, y, y2: { field: 'hi' }, color: kind } },
    { data: { values: [{ ...data.fixedHorizon, kind: kinds[2] }] }, mark: { type: 'point', filled: true, size: 60 }, encoding: { x, y: { field: 'estimate', type: 'quantitative' }, color: kind } },
    { data: { values: [{}] }, mark: { type: 'rule', strokeDash: [4, 3], color: '#333333' }, encoding: { y: { datum: 0, type: 'quantitative' } } },
  );
  return {
    ...specHeader(`Sequential monitoring: ${data.metric}`, `${level} intervals; line: running estimate; dashed: no effect`),
    width: PANEL.width,
    height: PANEL.height,
    layer: layers,
  };
}
