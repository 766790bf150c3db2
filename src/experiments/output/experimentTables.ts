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
      { key: 'revenue', label: `Revenue per session (${currency})` },
      { key: 'revenueLo', label: 'Revenue 95% CI low' },
      { key: 'revenueHi', label: 'Revenue 95% CI high' },
      { key: 'profit', label: `Profit per session (${currency})` },
      { key: 'profitLo', label: 'Profit 95% CI low' },
      { key: 'profitHi', label: 'Profit 95% CI high' },
      { key: 'viewers', label: 'Viewers per session', format: 'count' },
      ...metricNames.map((metric) => ({ key: metric, label: `${METRICS[metric].label} (${METRICS[metric].unit})` })),
    ],
    rows: result.arms.map((arm) => ({
      arm: arm.name,
      control: arm.isControl ? 'yes' : '',
      revenue: arm.revenuePerSession.mean,
      revenueLo: arm.revenuePerSession.ci[0],
      revenueHi: arm.revenuePerSession.ci[1],
      profit: arm.profitPerSession.mean,
      profitLo: arm.profitPerSession.ci[0],
      profitHi: arm.profitPerSession.ci[1],
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
      { key: 'meanRelative', label: 'Mean estimated lift', format: 'signedPercent' },
      { key: 'lo', label: 'Estimated lift 2.5%', format: 'signedPercent' },
      { key: 'hi', label: 'Estimated lift 97.5%', format: 'signedPercent' },
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
      meanRelative: c.estimate.relative?.mean ?? null,
      lo: c.estimate.relative?.quantiles[0] ?? null,
      hi: c.estimate.relative?.quantiles[4] ?? null,
      power: c.power?.value ?? null,
      falsePositiveRate: c.falsePositiveRate?.value ?? null,
      biasRelative: c.bias.relative?.value ?? null,
      coverage: c.coverage.absolute.value,
      naiveRejection: c.naive?.rejectionRate.value ?? null,
    })),
  };
}
