import type { TopLevelSpec } from 'vega-lite';
import { COLORS, PANEL, specHeader } from '../theme.js';

/** One estimated lift per metric × variant, with its interval and whether it is significant. */
export interface ForestChartData {
  readonly rows: readonly {
    readonly metric: string;
    readonly variant: string;
    readonly estimate: number;
    readonly lo: number;
    readonly hi: number;
    readonly significant: boolean;
  }[];
  /** "relative" lifts are fractions drawn as percentages; "absolute" are in the metric's units. */
  readonly scale: 'relative' | 'absolute';
  /** Confidence level of the intervals, e.g. 0.95. */
  readonly level: number;
  /** Multiple-comparison correction applied to the intervals (e.g. "Holm"), or none. */
  readonly correction?: string;
  /**
   * Correction applied to the p-values only (intervals unadjusted), when the result carries
   * adjusted p-values but not adjusted intervals; significance then follows the adjusted p.
   */
  readonly pValueCorrection?: string;
}

/**
 * Lift forest plot: one row per metric × variant with its point estimate and interval (adjusted
 * when a correction is on), a zero line, and significant results drawn as filled diamonds.
 */
export function forestChart(data: ForestChartData): TopLevelSpec {
  const rows = data.rows.map((row) => ({
    ...row,
    label: `${row.metric} · ${row.variant}`,
    verdict: row.significant ? 'significant' : 'not significant',
  }));
  const relative = data.scale === 'relative';
  const levelText = `${Math.round(data.level * 1000) / 10}%`;
  const intervalText = forestIntervalText(data, levelText);
  const y = { field: 'label', type: 'nominal' as const, title: 'Metric · variant', sort: rows.map((row) => row.label) };
  const xTitle = relative ? 'Lift vs control (%)' : 'Difference vs control (metric units)';
  const xAxis = relative ? { format: '+.0%' } : {};
  const verdictScale = { domain: ['significant', 'not significant'], range: [COLORS.control, COLORS.reference] };
  return {
    ...specHeader('Lift by metric and variant', intervalText + '; filled diamonds: significant'),
    width: PANEL.width,
    height: { step: 26 },
    data: { values: rows },
    layer: [
      { mark: { type: 'rule', strokeDash: [4, 3], color: '#333333' }, encoding: { x: { datum: 0, type: 'quantitative' } } },
      {
        mark: { type: 'rule', strokeWidth: 2 },
        encoding: {
          y,
          // zero: the no-effect line is always in view; padding keeps it off the axis edge.
          x: { field: 'lo', type: 'quantitative', title: xTitle, axis: xAxis, scale: { zero: true, padding: 16 } },
          x2: { field: 'hi' },
          color: { field: 'verdict', type: 'nominal', title: 'Result', scale: verdictScale },
        },
      },
      {
        mark: { type: 'point', shape: 'diamond', size: 90, strokeWidth: 1.5, tooltip: true },
        encoding: {
          y,
          x: { field: 'estimate', type: 'quantitative' },
          color: { field: 'verdict', type: 'nominal', scale: verdictScale },
          fill: { condition: { test: 'datum.significant', value: COLORS.control }, value: 'white' },
        },
      },
    ],
  };
}

/** What the intervals and the significance marks mean, for the subtitle. */
function forestIntervalText(data: ForestChartData, levelText: string): string {
  if (data.correction) return `${levelText} intervals adjusted for multiple comparisons (${data.correction})`;
  if (data.pValueCorrection) return `${levelText} confidence intervals, unadjusted; significance from ${data.pValueCorrection}-adjusted p-values`;
  return `${levelText} confidence intervals, unadjusted`;
}
