import type { LoadedExperiment } from '../load/loadExperiment.js';
import { metricValue } from '../replicateAnalysis/metricStats.js';
import type { MetricName } from '../schema/metrics.js';
import type { RawReplicate } from '../world/ExperimentPayload.js';
import type { ArmSummary } from '../output/ExperimentResult.js';
import { describeValues, meanInterval } from './describeValues.js';

/**
 * What rolling out each arm would do, read off the potential outcomes (every viewer of a session
 * in that arm): revenue per session with the 95% interval of its mean and the 2.5–97.5% range of
 * single sessions, profit per session (revenue − promotion spend − costs) with its 95% interval, viewers per session, the true value of every analyzed metric, and the funnel.
 */
export function summariseArms(loaded: LoadedExperiment, raws: readonly RawReplicate[], pooled: readonly (readonly number[])[], metrics: readonly MetricName[]): ArmSummary[] {
  const unit = loaded.experiment.unit.kind;
  return loaded.arms.map((arm, index) => {
    const outcomes = raws.flatMap((raw) => raw.potential.filter((outcome) => outcome.arm === index));
    const revenue = outcomes.map((outcome) => outcome.revenue);
    const interval = meanInterval(revenue);
    const { quantiles } = describeValues(revenue);
    const profit = meanInterval(outcomes.map((outcome) => outcome.profit));
    const { name: _name, ...treatment } = arm.treatment;
    return {
      name: arm.name,
      description: arm.description,
      weight: arm.weight,
      isControl: index === loaded.controlIndex,
      identicalToControl: arm.identicalToControl,
      treatment: unit === 'session' ? {} : treatment,
      revenuePerSession: { mean: interval.mean, ci: interval.ci, range: [quantiles[0], quantiles[4]] },
      profitPerSession: { mean: profit.mean, ci: profit.ci },
      viewersPerSession: describeValues(outcomes.map((outcome) => outcome.viewers)).mean,
      metrics: Object.fromEntries(metrics.map((metric) => [metric, nullIfNaN(metricValue(pooled[index], metric))])),
      funnel: {
        engaged: nullIfNaN(metricValue(pooled[index], 'engagementRate')),
        sawLink: nullIfNaN(metricValue(pooled[index], 'linkViewRate')),
        clicked: nullIfNaN(metricValue(pooled[index], 'clickRate')),
        bought: nullIfNaN(metricValue(pooled[index], 'conversion')),
      },
    };
  });
}

function nullIfNaN(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}
