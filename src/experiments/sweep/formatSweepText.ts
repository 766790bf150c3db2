import { formatNumber } from '../../format/formatNumber.js';
import { formatPercent } from '../../format/formatPercent.js';
import { textTable } from '../../format/textTable.js';
import type { SweepResult } from './SweepResult.js';

/** The sweep for the terminal: one row per value (revenue, profit, conversion), then the optimum on the objective and its interval. */
export function formatSweepText(result: SweepResult): string {
  const { currency } = result;
  const rows = [
    [result.parameter, `revenue/session (${currency})`, '95% interval', `profit/session (${currency})`, '95% interval', 'conversion', 'revenue/viewer', 'viewers', 'P(best)', ''],
    ...result.points.map((point) => [
      String(point.value),
      formatNumber(point.revenuePerSession.mean, 5),
      `${formatNumber(point.revenuePerSession.ci[0], 5)} – ${formatNumber(point.revenuePerSession.ci[1], 5)}`,
      formatNumber(point.profitPerSession.mean, 5),
      `${formatNumber(point.profitPerSession.ci[0], 5)} – ${formatNumber(point.profitPerSession.ci[1], 5)}`,
      formatPercent(point.conversion.mean, 1),
      formatNumber(point.revenuePerViewer.mean, 4),
      formatNumber(point.viewersPerSession, 4),
      formatPercent(point.probabilityBest, 0),
      point.value === result.optimum.value ? '← optimum' : '',
    ]),
  ];
  const interval = result.optimum.interval ? ` (95% bootstrap interval of the optimum: ${result.optimum.interval[0]} to ${result.optimum.interval[1]})` : '';
  return [
    `${result.name}: sweep of ${result.parameter}; ${result.sessionsPerValue} session(s) per value per replicate; ${result.replicates} replicates; seed ${result.seed}`,
    '',
    ...textTable(rows),
    '',
    `${result.objective === 'profit' ? 'Profit' : 'Revenue'}-optimal value: ${String(result.optimum.value)}${interval}.`,
    `P(best): share of bootstrap resamples of the replicates in which the value has the highest mean ${result.objective}.`,
    'Profit: revenue minus promotion spend and the scenario\'s costs (docs/model.md § Costs and profit).',
  ].join('\n') + '\n';
}
