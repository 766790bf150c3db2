import { ciBounds, estimateCells, estimateColumns } from '../../format/estimateColumns.js';
import type { ReportTable } from '../report.js';
import type { ExperimentResultData } from '../../results/index.js';
import { metricLabel } from './experimentMetrics.js';
import { profitCells, profitColumns } from './profitColumns.js';

/**
 * Operating characteristics of the simulated test, per contrast × metric: the truth, the mean
 * estimate, power or false-positive rate (with their 95% Wilson intervals), bias, coverage.
 */
export function experimentComparisonTable(result: ExperimentResultData): ReportTable {
  return {
    name: 'comparisons',
    title: 'How the test performs: power, false positives, bias, coverage',
    caption: `Over ${result.replicates} simulated tests. Power: share significant in the true effect's direction; false-positive rate: share significant when the arms are identical; bias: mean estimate − truth; coverage: share of 95% intervals holding the truth.`,
    columns: [
      { key: 'contrast', label: 'Contrast', format: 'text' },
      { key: 'metric', label: 'Metric', format: 'text' },
      { key: 'role', label: 'Role', format: 'text' },
      { key: 'trueLift', label: 'True lift (%)', format: 'signedPercent' },
      { key: 'meanLift', label: 'Mean estimated lift (%)', format: 'signedPercent' },
      ...estimateColumns('power', 'Power (%)', ciBounds('Power', '%'), 'percent'),
      { key: 'falsePositiveRate', label: 'False-positive rate (%)', format: 'percent' },
      { key: 'biasRelative', label: 'Bias of the lift (percentage points)', format: 'signedPercent' },
      { key: 'biasAbsolute', label: 'Bias (metric units)', format: 'number' },
      { key: 'biasMcSe', label: 'Bias, Monte-Carlo se (metric units)', format: 'number' },
      { key: 'coverage', label: 'Coverage (%)', format: 'percent' },
      { key: 'naiveRejectionRate', label: 'Naive per-viewer rejection rate (%)', format: 'percent' },
    ],
    rows: result.comparisons.map((comparison) => ({
      contrast: comparison.contrast,
      metric: metricLabel(comparison.metric),
      role: comparison.role,
      trueLift: comparison.truth.relative,
      meanLift: comparison.estimate.relative?.mean ?? null,
      ...estimateCells('power', comparison.power?.value ?? null, comparison.power?.ci),
      falsePositiveRate: comparison.falsePositiveRate?.value ?? null,
      biasRelative: comparison.bias.relative?.value ?? null,
      biasAbsolute: comparison.bias.absolute.value,
      biasMcSe: comparison.bias.absolute.mcSe,
      coverage: comparison.coverage.absolute.value,
      naiveRejectionRate: comparison.naive?.rejectionRate.value ?? null,
    })),
  };
}

/** What the funnel table reads: a saved result, or the runner's result before it is written. */
interface FunnelSource {
  readonly arms: readonly {
    readonly name: string;
    readonly viewersPerSession: number;
    readonly funnel?: { readonly engaged: number | null; readonly sawLink: number | null; readonly clicked: number | null; readonly bought: number | null };
  }[];
}

/**
 * Per arm: the funnel with every viewer in the arm, as shares of arrived viewers (null when the
 * result predates the funnel: the table is then left out).
 */
export function experimentFunnelTable(result: FunnelSource): ReportTable | null {
  if (!result.arms.every((arm) => arm.funnel !== undefined)) return null;
  return {
    name: 'funnel',
    title: 'Funnel per arm: where viewers drop off',
    caption: 'Shares of arrived viewers, from the potential outcomes (every viewer of the same simulated sessions in the arm). Engaged: acted or saw the link; the steps are nested.',
    columns: [
      { key: 'arm', label: 'Arm', format: 'text' },
      { key: 'viewers', label: 'Viewers per session (people)', format: 'count' },
      { key: 'engaged', label: 'Engaged (%)', format: 'percent' },
      { key: 'sawLink', label: 'Saw the link or an offer (%)', format: 'percent' },
      { key: 'clicked', label: 'Opened the product card (%)', format: 'percent' },
      { key: 'bought', label: 'Bought (%)', format: 'percent' },
    ],
    rows: result.arms.map((arm) => ({ arm: arm.name, viewers: arm.viewersPerSession, ...arm.funnel })),
  };
}

/** Per arm: viewers, expected revenue and profit per session with their intervals, true value of each metric. */
export function experimentArmTable(result: ExperimentResultData, currency: string): ReportTable {
  const metrics = [...new Set(result.arms.flatMap((arm) => Object.keys(arm.metrics)))];
  const hasProfit = result.arms.every((arm) => arm.profitPerSession !== undefined);
  return {
    name: 'arms',
    title: 'Arms: what rolling each out would do',
    caption: 'From the potential outcomes (every viewer of the same simulated sessions in the arm). Revenue interval: 95% interval of the expected revenue per session; range: where 95% of single sessions fall. Profit: revenue minus promotion spend and the scenario\'s costs.',
    columns: [
      { key: 'arm', label: 'Arm', format: 'text' },
      { key: 'description', label: 'What changes', format: 'text' },
      { key: 'viewers', label: 'Viewers per session (people)', format: 'count' },
      ...estimateColumns('revenue', `Revenue per session (${currency})`, ciBounds('Revenue', currency), 'number'),
      { key: 'sessionLo', label: `Single session, 2.5% (${currency})`, format: 'number' },
      { key: 'sessionHi', label: `Single session, 97.5% (${currency})`, format: 'number' },
      ...profitColumns(currency, hasProfit),
      ...metrics.map((metric) => ({ key: `metric:${metric}`, label: `True ${metricLabel(metric)}`, format: 'number' as const })),
    ],
    rows: result.arms.map((arm) => ({
      arm: arm.name,
      description: arm.description,
      viewers: arm.viewersPerSession,
      ...estimateCells('revenue', arm.revenuePerSession.mean, arm.revenuePerSession.ci),
      sessionLo: arm.revenuePerSession.range[0],
      sessionHi: arm.revenuePerSession.range[1],
      ...profitCells(arm.profitPerSession),
      ...Object.fromEntries(metrics.map((metric) => [`metric:${metric}`, arm.metrics[metric] ?? null])),
    })),
  };
}
