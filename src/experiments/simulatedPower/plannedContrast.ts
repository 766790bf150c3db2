import { InputError } from '../../io/inputError.js';
import { contrastTruth, type TrueEffect } from '../aggregate/contrastTruth.js';
import { experimentContrasts, type Contrast } from '../replicateAnalysis/contrasts.js';
import { metricValue } from '../replicateAnalysis/metricStats.js';
import type { LoadedExperiment } from '../load/loadExperiment.js';
import type { MetricName } from '../schema/metrics.js';
import { addSums } from '../world/ViewerSums.js';

/** The comparison a test is powered for, and its true effect on the primary metric. */
export interface PlannedContrast {
  /** Index in the experiment's contrasts (the order of `experimentContrasts`). */
  readonly index: number;
  readonly contrast: Contrast;
  readonly truth: TrueEffect & { readonly control: number; readonly treatment: number };
}

/**
 * Which comparison to plan for: among the arm and main-effect contrasts that are not null by
 * construction, the one with the smallest true effect (relative when every candidate has one,
 * else absolute) — the hardest to detect, so the planned test detects all the others too (up to
 * the multiple-comparison correction). The truth is the metric over potential-outcome sums
 * (`contrastTruth`). An experiment whose arms are all identical, or whose chosen arm has no
 * effect at all on the metric, has nothing to plan: InputError.
 */
export function plannedContrast(loaded: LoadedExperiment, potential: readonly (readonly number[])[], metric: MetricName): PlannedContrast {
  const candidates = experimentContrasts(loaded)
    .map((contrast, index) => ({ contrast, index, truth: contrastTruth(potential, contrast, metric) }))
    .filter(({ contrast }) => contrast.kind !== 'interaction' && !contrast.isNull);
  if (candidates.length === 0) {
    throw new InputError({ file: loaded.file, path: 'design', message: 'every arm is identical to the control: there is no effect to plan a test for' });
  }
  const relative = candidates.every((candidate) => candidate.truth.relative !== null);
  const size = (truth: TrueEffect) => Math.abs(relative ? truth.relative! : truth.absolute);
  const chosen = candidates.reduce((best, candidate) => (size(candidate.truth) < size(best.truth) ? candidate : best));
  return withTruth(chosen, potential, metric);
}

/** The same contrast with its truth re-read from (more) potential-outcome sums. */
export function withTruth(planned: Omit<PlannedContrast, 'truth'>, potential: readonly (readonly number[])[], metric: MetricName): PlannedContrast {
  const value = (group: readonly number[]) => metricValue(addSums(group.map((arm) => potential[arm])), metric);
  const truth = contrastTruth(potential, planned.contrast, metric);
  return { index: planned.index, contrast: planned.contrast, truth: { ...truth, control: value(planned.contrast.control), treatment: value(planned.contrast.treatment) } };
}
