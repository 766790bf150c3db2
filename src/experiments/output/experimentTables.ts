import { ciBounds, estimateCells, estimateColumns } from '../../format/estimateColumns.js';
import { experimentFunnelTable } from '../../report/adapters/experimentTables.js';
import type { ReportTable } from '../../report/report.js';
import { METRICS } from '../schema/metrics.js';
import type { ExperimentResult } from './ExperimentResult.js';

/**
 * The result's tables, at full precision (for `--out` CSVs): the arms (what rolling each out
 * would do, from the model), their funnels, and every contrast × metric (what the simulated tests
 * concluded against the truth).
 */
export function experimentTables(result: ExperimentResult): ReportTable[] {
  return [armsTable(result), funnelTable(result), comparisonsTable(result)];
}

/** The same table the report shows (shares of arrived viewers per step). */
function funnelTable(result: ExperimentResult): ReportTable {
  return experimentFunnelTable(result)!;
}

function armsTable(result: ExperimentResult): ReportTable {
  const currency = result.input.scenario.currency;
  const metricNames = [result.metrics.primary, ...result.metrics.secondary, ...result.metrics.guardrails];
  return {
    name: 'arms',
    title: 'Arms: expected outcome with every viewer in the arm (model truth)',
    columns: [
      { key: 'arm', label: 'Arm', format: 'text' },
      { key: 'control', label: 'Control', format: 'text' },
      ...estimateColumns('revenue', `Revenue per session (${currency})`, ciBounds('Revenue')),
      ...estimateColumns('profit', `Profit per session (${currency})`, ciBounds('Profit')),
      { key: 'viewers', label: 'Viewers per session', format: 'count' },
      ...metricNames.map((metric) => ({ key: metric, label: `${METRICS[metric].label} (${METRICS[metric].unit})` })),
    ],
    rows: result.arms.map((arm) => ({
      arm: arm.name,
      control: arm.isControl ? 'yes' : '',
      ...estimateCells('revenue', arm.revenuePerSession.mean, arm.revenuePerSession.ci),
      ...estimateCells('profit', arm.profitPerSession.mean, arm.profitPerSession.ci),
      viewers: arm.viewersPerSession,
      ...Object.fromEntries(metricNames.map((metric) => [metric, arm.metrics[metric] ?? null])),
    })),
  };
}

function comparisonsTable(result: ExperimentResult): ReportTable {
  return {
    name: 'comparisons',
    title: 'Simulated tests against the true effect',
    columns: [
      { key: 'contrast', label: 'Comparison', format: 'text' },
      { key: 'kind', label: 'Kind', format: 'text' },
      { key: 'metric', label: 'Metric', format: 'text' },
      { key: 'role', label: 'Role', format: 'text' },
      { key: 'trueAbsolute', label: 'True effect (absolute)' },
      { key: 'trueRelative', label: 'True lift', format: 'signedPercent' },
      ...estimateColumns('meanRelative', 'Mean estimated lift', ['Estimated lift 2.5%', 'Estimated lift 97.5%'], 'signedPercent'),
      { key: 'power', label: 'Power', format: 'percent' },
      { key: 'falsePositiveRate', label: 'False-positive rate', format: 'percent' },
      { key: 'biasRelative', label: 'Bias of the lift', format: 'signedPercent' },
      { key: 'coverage', label: 'Coverage (absolute)', format: 'percent' },
      { key: 'naiveRejection', label: 'Naive per-viewer rejection rate', format: 'percent' },
    ],
    rows: result.comparisons.map((c) => ({
      contrast: c.contrast,
      kind: c.kind,
      metric: c.metric,
      role: c.role,
      trueAbsolute: c.truth.absolute,
      trueRelative: c.truth.relative,
      ...estimateCells('meanRelative', c.estimate.relative?.mean ?? null, [c.estimate.relative?.quantiles[0] ?? null, c.estimate.relative?.quantiles[4] ?? null]),
      power: c.power?.value ?? null,
      falsePositiveRate: c.falsePositiveRate?.value ?? null,
      biasRelative: c.bias.relative?.value ?? null,
      coverage: c.coverage.absolute.value,
      naiveRejection: c.naive?.rejectionRate.value ?? null,
    })),
  };
}
