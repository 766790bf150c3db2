import type { TopLevelSpec } from 'vega-lite';
import { COLORS, PANEL, categoryScale, specHeader } from '../../report/theme.js';
import type { InterferenceRow } from './interferenceLab.js';

/**
 * Interference lab chart: for each condition, the true rollout lift (with its 95% Monte-Carlo
 * interval) beside the in-room tests' estimates (median, and the middle 95% of tests).
 */
export function interferenceChart(rows: readonly InterferenceRow[], tests: number): TopLevelSpec {
  const points = rows.flatMap((row) => [
    ...(row.trueLift === null ? [] : [{ condition: row.label, what: 'true rollout effect', value: row.trueLift, lo: row.trueLift - 1.96 * (row.trueLiftMcSe ?? 0), hi: row.trueLift + 1.96 * (row.trueLiftMcSe ?? 0) }]),
    ...(row.estimate === null ? [] : [{ condition: row.label, what: 'in-room test estimate', value: row.estimate.median, lo: row.estimate.lo, hi: row.estimate.hi }]),
  ]);
  const kinds = ['true rollout effect', 'in-room test estimate'];
  const y = { field: 'condition', type: 'nominal' as const, title: null, sort: rows.map((row) => row.label) };
  const yOffset = { field: 'what', type: 'nominal' as const, sort: kinds };
  const color = { field: 'what', type: 'nominal' as const, title: null, scale: categoryScale(kinds) };
  return {
    ...specHeader('In-room test against the rollout it predicts', `Revenue per viewer, coupon vs none; ${tests} simulated tests per condition. Points: the truth and the median test estimate. Whiskers: the truth's 95% Monte-Carlo interval; the middle 95% of test estimates`),
    width: PANEL.width,
    height: 70 * rows.length,
    data: { values: points },
    layer: [
      { mark: { type: 'rule', strokeWidth: 2 }, encoding: { y, yOffset, x: { field: 'lo', type: 'quantitative' }, x2: { field: 'hi' }, color } },
      { mark: { type: 'point', filled: true, size: 80, tooltip: true }, encoding: { y, yOffset, x: { field: 'value', type: 'quantitative', title: 'Relative lift in revenue per viewer', axis: { format: '+.0%' } }, color, shape: { field: 'what', type: 'nominal', sort: kinds, title: null } } },
      { data: { values: [{ zero: 0 }] }, mark: { type: 'rule', strokeDash: [4, 3], color: COLORS.reference }, encoding: { x: { field: 'zero', type: 'quantitative' } } },
    ],
  };
}
