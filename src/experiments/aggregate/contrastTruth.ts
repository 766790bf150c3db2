import type { Contrast } from '../replicateAnalysis/contrasts.js';
import { metricValue } from '../replicateAnalysis/metricStats.js';
import type { MetricName } from '../schema/metrics.js';
import type { RawReplicate } from '../world/ExperimentPayload.js';
import { addSums } from '../world/ViewerSums.js';

/** The true effect of a contrast on a metric, from potential outcomes. */
export interface TrueEffect {
  readonly absolute: number;
  /** treatment / control − 1; null for interactions or a control value ≤ 0. */
  readonly relative: number | null;
  /** The control group's true value of the metric (for interactions, the all-baselines cell). */
  readonly control: number;
}

/** Potential-outcome sums of each arm in one replicate, pooled over its slots. */
export function potentialSumsByArm(raw: RawReplicate, arms: number): number[][] {
  return Array.from({ length: arms }, (_, arm) => addSums(raw.potential.filter((outcome) => outcome.arm === arm).map((outcome) => outcome.sums)));
}

/**
 * The true effect of a contrast: the metric of each group computed over the potential outcomes
 * in which every viewer of every session got that group's arms (Σx / Σd pooled), then compared
 * as the estimator compares the observed groups. Given sums pooled over all replicates this is
 * the truth; given one replicate's sums, that replicate's share of it (for Monte-Carlo errors).
 */
export function contrastTruth(sumsByArm: readonly (readonly number[])[], contrast: Contrast, metric: MetricName): TrueEffect {
  const value = (group: readonly number[]) => metricValue(addSums(group.map((arm) => sumsByArm[arm])), metric);
  const treatment = value(contrast.treatment);
  const control = value(contrast.control);
  if (contrast.minus) {
    const baseline = value(contrast.minus.control);
    return { absolute: treatment - control - (value(contrast.minus.treatment) - baseline), relative: null, control: baseline };
  }
  return { absolute: treatment - control, relative: control > 0 ? treatment / control - 1 : null, control };
}
