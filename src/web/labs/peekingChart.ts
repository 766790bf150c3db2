import type { TopLevelSpec } from 'vega-lite';
import { COLORS, PANEL, categoryScale, specHeader } from '../../report/theme.js';
import type { PeekingPoint } from './peekingLab.js';

/**
 * Peeking lab chart: the false-positive rate of each stopping rule against the number of looks,
 * with 95% Wilson whiskers and α as a dashed line (the report's theme and header).
 */
export function peekingChart(points: readonly PeekingPoint[], alpha: number, trials: number): TopLevelSpec {
  const rules = [...new Set(points.map((point) => point.rule))];
  const x = { field: 'looks', type: 'quantitative' as const, title: 'Looks (sessions checked so far)' };
  return {
    ...specHeader('Peeking at an A/A test', `${trials} simulated experiments with no true difference; whiskers: 95% Wilson interval; dashed line: α = ${alpha}`),
    width: PANEL.width,
    height: PANEL.height,
    layer: [
      {
        data: { values: points.map((point) => ({ ...point })) },
        layer: [
          { mark: { type: 'rule' }, encoding: { x, y: { field: 'lo', type: 'quantitative' }, y2: { field: 'hi' }, color: { field: 'rule', type: 'nominal', title: 'Stopping rule', scale: categoryScale(rules) } } },
          {
            mark: { type: 'line', point: true, tooltip: true },
            encoding: {
              x,
              y: { field: 'falsePositiveRate', type: 'quantitative', title: 'False-positive rate', axis: { format: '.0%' } },
              color: { field: 'rule', type: 'nominal', title: 'Stopping rule', scale: categoryScale(rules) },
            },
          },
        ],
      },
      { data: { values: [{ alpha }] }, mark: { type: 'rule', strokeDash: [4, 3], color: COLORS.reference }, encoding: { y: { field: 'alpha', type: 'quantitative' } } },
    ],
  };
}
