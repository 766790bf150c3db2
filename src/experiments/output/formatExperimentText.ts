import { formatCount, formatNumber } from '../../format/formatNumber.js';
import { formatPercent, formatSignedPercent } from '../../format/formatPercent.js';
import { METRICS } from '../schema/metrics.js';
import type { ComparisonSummary, ExperimentResult } from './ExperimentResult.js';
import { textTable } from '../../format/textTable.js';

/**
 * The result for the terminal: a header, the arms as the model sees them (roll-out outcome), the
 * simulated tests against the truth (power or false-positive rate, bias, coverage), and the
 * recommendation in plain words.
 */
export function formatExperimentText(result: ExperimentResult): string {
  const currency = result.input.scenario.currency;
  const unit = result.unit.kind === 'switchback' ? `switchback, ${result.unit.blockMinutes}-minute blocks` : result.unit.kind;
  const sessions = result.unit.kind === 'session' ? `${result.sessionsPerArm} sessions per arm` : `${result.sessionsPerArm} shared session${result.sessionsPerArm === 1 ? '' : 's'}`;
  const lines = [
    `${result.name} — unit: ${unit}; ${sessions} per test; ${result.replicates} simulated tests; seed ${result.seed}`,
    '',
    'If rolled out (model truth, every viewer in the arm):',
    ...textTable(armRows(result, currency)),
    '',
    'Funnel if rolled out (share of arrived viewers):',
    ...textTable(funnelRows(result)),
    '',
    `Simulated tests (alpha ${result.analysis.alpha}, ${result.analysis.sides}-sided, correction ${result.analysis.correction}):`,
    ...textTable(comparisonRows(result)),
    'Lifts are relative to the control\'s true value; bias = mean estimated difference − true difference; coverage of the absolute interval.',
    '',
    `Recommendation (${result.recommendation.verdict}${result.recommendation.objective === 'profit' ? '; arms ranked by profit per session' : ''}):`,
    ...result.recommendation.text.map((sentence) => `  ${sentence}`),
  ];
  if (result.srm !== null) lines.push('', `SRM flagged in ${formatPercent(result.srm.flaggedRate.value, 1)} of tests (expected about 0.1%).`);
  return lines.join('\n') + '\n';
}

function armRows(result: ExperimentResult, currency: string): string[][] {
  const primary = result.metrics.primary;
  const header = ['arm', `revenue/session (${currency})`, '95% interval', `profit/session (${currency})`, '95% interval', 'viewers', METRICS[primary].label];
  return [
    header,
    ...result.arms.map((arm) => [
      arm.isControl ? `${arm.name} (control)` : arm.name,
      formatNumber(arm.revenuePerSession.mean, 5),
      `${formatNumber(arm.revenuePerSession.ci[0], 5)} – ${formatNumber(arm.revenuePerSession.ci[1], 5)}`,
      formatNumber(arm.profitPerSession.mean, 5),
      `${formatNumber(arm.profitPerSession.ci[0], 5)} – ${formatNumber(arm.profitPerSession.ci[1], 5)}`,
      formatCount(Math.round(arm.viewersPerSession)),
      formatMetric(arm.metrics[primary] ?? NaN, METRICS[primary].kind === 'proportion'),
    ]),
  ];
}

function funnelRows(result: ExperimentResult): string[][] {
  const share = (value: number | null) => (value === null ? '–' : formatPercent(value, 1));
  return [
    ['arm', 'viewers', 'engaged', 'saw link', 'clicked', 'bought'],
    ...result.arms.map((arm) => [
      arm.isControl ? `${arm.name} (control)` : arm.name,
      formatCount(Math.round(arm.viewersPerSession)),
      share(arm.funnel.engaged),
      share(arm.funnel.sawLink),
      share(arm.funnel.clicked),
      share(arm.funnel.bought),
    ]),
  ];
}

function comparisonRows(result: ExperimentResult): string[][] {
  const header = ['comparison', 'metric', 'true lift', 'median estimate', '95% of estimates', 'power / FPR', 'bias', 'coverage'];
  return [header, ...result.comparisons.map((c) => comparisonRow(c, result.control))];
}

/**
 * One comparison: lifts relative to the control's true value when defined, else absolute; the
 * bias is the absolute bias in percent of the control (so the skew of a ratio of small means
 * does not pass for bias).
 */
function comparisonRow(c: ComparisonSummary, control: string): string[] {
  const relative = c.truth.relative !== null && c.estimate.relative !== null && c.truth.control > 0;
  const lift = (value: number | null | undefined) => (value === null || value === undefined ? '–' : relative ? formatSignedPercent(value, 1) : formatNumber(value, 3));
  const spread = relative ? c.estimate.relative : c.estimate.absolute;
  const rate = c.power ? `power ${formatPercent(c.power.value, 0)}` : c.falsePositiveRate ? `FPR ${formatPercent(c.falsePositiveRate.value, 1)}` : '–';
  const naive = c.naive ? ` (naive ${formatPercent(c.naive.rejectionRate.value, 0)})` : '';
  const bias = relative ? c.bias.absolute.value / c.truth.control : c.bias.absolute.value;
  return [
    c.kind === 'arm' ? `${c.contrast} vs ${control}` : c.contrast,
    `${METRICS[c.metric].label}${c.role === 'guardrail' ? ' (guardrail)' : ''}`,
    lift(relative ? c.truth.relative : c.truth.absolute),
    lift(spread?.quantiles[2]),
    spread ? `${lift(spread.quantiles[0])} to ${lift(spread.quantiles[4])}` : '–',
    rate + naive,
    lift(bias),
    formatPercent(c.coverage.absolute.value, 0),
  ];
}

function formatMetric(value: number, proportion: boolean): string {
  return proportion ? formatPercent(value, 1) : formatNumber(value, 4);
}
