import { ciBounds, estimateCells, estimateColumns } from '../../format/estimateColumns.js';
import type { SegmentBreakdownData } from '../charts/segmentBreakdownChart.js';
import type { SweepCurveData } from '../charts/sweepCurveChart.js';
import { formatCount } from '../../format/formatNumber.js';
import { formatPercent } from '../../format/formatPercent.js';
import type { CellValue, ReportTable } from '../report.js';
import type { SweepResultData } from '../../results/index.js';
import { profitCells, profitColumns } from './profitColumns.js';

/** True when every swept value is a number, so the values can sit on a quantitative axis. */
export function isNumericSweep(result: SweepResultData): boolean {
  return result.points.every((point) => typeof point.value === 'number');
}

/** What the sweep's optimum maximises (revenue for results saved before profit was reported). */
export function sweepObjective(result: SweepResultData): 'revenue' | 'profit' {
  return result.objective ?? 'revenue';
}

/** The per-session objective of a point: its profit when profit is the objective, else its revenue. */
function objectiveOf(result: SweepResultData, point: SweepResultData['points'][number]): { mean: number; ci: readonly [number, number] } {
  return sweepObjective(result) === 'profit' && point.profitPerSession ? point.profitPerSession : point.revenuePerSession;
}

/** Revenue and profit per session and conversion at each (numeric) value, the optimum with its bootstrap interval. */
export function sweepCurve(result: SweepResultData): SweepCurveData {
  const points = result.points.flatMap((point) => [
    { value: point.value as number, metric: 'revenue', mean: point.revenuePerSession.mean, lo: point.revenuePerSession.ci[0], hi: point.revenuePerSession.ci[1] },
    ...(point.profitPerSession ? [{ value: point.value as number, metric: 'profit', mean: point.profitPerSession.mean, lo: point.profitPerSession.ci[0], hi: point.profitPerSession.ci[1] }] : []),
    { value: point.value as number, metric: 'conversion', mean: point.conversion.mean, lo: point.conversion.ci[0], hi: point.conversion.ci[1] },
  ]);
  const { optimum } = result;
  const hasOptimum = typeof optimum.value === 'number' && optimum.interval !== null;
  return {
    parameter: result.parameter,
    points,
    currency: result.currency,
    objective: sweepObjective(result),
    ...(hasOptimum ? { optimum: { value: optimum.value as number, lo: optimum.interval![0], hi: optimum.interval![1] } } : {}),
  };
}

/** Values that are not numbers (placements, on/off...): the objective (revenue or profit per session) as bars per value. */
export function sweepBars(result: SweepResultData): SegmentBreakdownData {
  return {
    dimension: result.parameter,
    groupLabel: 'Estimate',
    metric: `${sweepObjective(result) === 'profit' ? 'Profit' : 'Revenue'} per session (${result.currency})`,
    format: ',.0f',
    rows: result.points.map((point) => {
      const value = objectiveOf(result, point);
      return { segment: String(point.value), arm: 'mean over replicates', value: value.mean, lo: value.ci[0], hi: value.ci[1] };
    }),
  };
}

/** The optimum in plain words, then what was simulated. */
export function sweepSummary(result: SweepResultData): string[] {
  const best = result.points.find((point) => point.value === result.optimum.value);
  const interval = result.optimum.interval;
  const objective = sweepObjective(result);
  const value = best ? objectiveOf(result, best) : undefined;
  return [
    `${objective === 'profit' ? 'Profit' : 'Revenue'} is highest at ${result.parameter} = ${String(result.optimum.value)}${best && value ? `: ${formatCount(Math.round(value.mean))} ${result.currency} per session (95% CI ${formatCount(Math.round(value.ci[0]))} to ${formatCount(Math.round(value.ci[1]))}), conversion ${formatPercent(best.conversion.mean, 2)}` : ''}.`,
    objective === 'profit' && best ? `Revenue there is ${formatCount(Math.round(best.revenuePerSession.mean))} ${result.currency} per session; profit is revenue minus promotion spend and the scenario's costs.` : '',
    interval === null ? '' : interval[0] === interval[1] ? `The optimum is ${interval[0]} in every bootstrap resample of the replicates.` : `The optimum lies between ${interval[0]} and ${interval[1]} (2.5%–97.5% of ${formatCount(result.optimum.bootstrapResamples)} bootstrap resamples).`,
    `${result.points.length} values of ${result.parameter}, ${formatCount(result.replicates)} replicates of ${formatCount(result.sessionsPerValue)} session(s) each (seed ${result.seed}), with common random numbers across values.`,
  ].filter((line) => line !== '');
}

export function sweepMethodology(result: SweepResultData): string[] {
  return [
    'Each value is merged into the base scenario and simulated; in each replicate every value meets the same simulated viewers (common random numbers), so the curve is smooth and differences between values are not noise between rooms.',
    'Intervals: 95% Student-t interval of the mean over replicates.',
    `Optimum: the value with the highest mean ${sweepObjective(result)} per session (profit when the scenario has costs or --objective profit is given, else revenue; profit = revenue − promotion spend − costs); its interval is the 2.5% and 97.5% quantiles (on the grid) of the best value over ${formatCount(result.optimum.bootstrapResamples)} bootstrap resamples of the replicates. "Chance best" is the share of resamples in which a value wins.`,
  ];
}

/** What a sweep table row reads from a point (a saved result's, or the runner's before it is written). */
interface SweepPointRow {
  readonly value: number | string | boolean;
  readonly revenuePerSession: { readonly mean: number; readonly ci: readonly [number, number] };
  readonly profitPerSession?: { readonly mean: number; readonly ci: readonly [number, number] };
  readonly conversion: { readonly mean: number; readonly ci: readonly [number, number] };
  readonly revenuePerViewer: { readonly mean: number };
  readonly viewersPerSession: number;
  readonly probabilityBest: number;
}

/** The rows of a sweep table, one per value (keys as in {@link sweepTable}'s columns). */
export function sweepRows(points: readonly SweepPointRow[]): Record<string, CellValue>[] {
  return points.map((point) => ({
    value: String(point.value),
    ...estimateCells('revenue', point.revenuePerSession.mean, point.revenuePerSession.ci),
    ...profitCells(point.profitPerSession),
    ...estimateCells('conversion', point.conversion.mean, point.conversion.ci),
    revenuePerViewer: point.revenuePerViewer.mean,
    viewers: point.viewersPerSession,
    probabilityBest: point.probabilityBest,
  }));
}

/** One row per value: revenue, profit, conversion, revenue per viewer with intervals, chance to be best. */
export function sweepTable(result: SweepResultData): ReportTable {
  const money = result.currency;
  const hasProfit = result.points.every((point) => point.profitPerSession !== undefined);
  return {
    name: 'sweep',
    title: `Results per value of ${result.parameter}`,
    caption: `Means over replicates with 95% intervals; chance best: share of bootstrap resamples in which the value has the highest ${sweepObjective(result)} per session.`,
    columns: [
      { key: 'value', label: 'Value', format: 'text' },
      ...estimateColumns('revenue', `Revenue per session (${money})`, ciBounds('Revenue', money), 'number'),
      ...profitColumns(money, hasProfit),
      ...estimateColumns('conversion', 'Conversion (%)', ciBounds('Conversion', '%'), 'percent'),
      { key: 'revenuePerViewer', label: `Revenue per viewer (${money})`, format: 'number' },
      { key: 'viewers', label: 'Viewers per session (people)', format: 'count' },
      { key: 'probabilityBest', label: 'Chance best (%)', format: 'percent' },
    ],
    rows: sweepRows(result.points),
  };
}
