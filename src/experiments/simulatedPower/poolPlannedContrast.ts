import { InputError } from '../../io/inputError.js';
import { normalQuantile, sampleVariance, statsFromValues, type Sides } from '../../stats/index.js';
import type { LoadedExperiment } from '../load/loadExperiment.js';
import { experimentContrasts, type Contrast } from '../replicateAnalysis/contrasts.js';
import { metricValue } from '../replicateAnalysis/metricStats.js';
import { addSums } from '../world/ViewerSums.js';
import { clusteredAnalyticSize } from './clusteredAnalyticSize.js';
import { plannedContrast, type PlannedContrast } from './plannedContrast.js';
import { PROFIT_PER_SESSION, type PlanningMetricName } from './planningMetric.js';
import type { SessionPool } from './sessionPool.js';

/**
 * The contrast to plan for and its true effect, from the session pool (every arm on every slot,
 * common random numbers): for a per-viewer metric, `plannedContrast` on the pooled sums; for
 * profit per session, the non-null arm or main contrast with the smallest true change in mean
 * profit per session (relative when every candidate has a positive control profit, else absolute).
 */
export function poolPlannedContrast(loaded: LoadedExperiment, pool: SessionPool, metric: PlanningMetricName): PlannedContrast {
  if (metric !== PROFIT_PER_SESSION) return plannedContrast(loaded, pool.arms.map((arm) => addSums(arm.sums)), metric);
  const candidates = experimentContrasts(loaded)
    .map((contrast, index) => ({ contrast, index, truth: profitTruth(pool, contrast) }))
    .filter(({ contrast }) => contrast.kind !== 'interaction' && !contrast.isNull);
  if (candidates.length === 0) throw new InputError({ file: loaded.file, path: 'design', message: 'every arm is identical to the control: there is no effect to plan a test for' });
  const relative = candidates.every((candidate) => candidate.truth.relative !== null);
  const size = (truth: PlannedContrast['truth']) => Math.abs(relative ? truth.relative! : truth.absolute);
  return candidates.reduce((best, candidate) => (size(candidate.truth) < size(best.truth) ? candidate : best));
}

/** Mean profit per session of a group of arms over the pool's slots. */
function groupProfits(pool: SessionPool, group: readonly number[], slots?: readonly number[]): number[] {
  const chosen = slots ?? pool.arms[0].profit.map((_, slot) => slot);
  return group.flatMap((arm) => chosen.map((slot) => pool.arms[arm].profit[slot]));
}

function profitTruth(pool: SessionPool, contrast: Contrast): PlannedContrast['truth'] {
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const control = mean(groupProfits(pool, contrast.control));
  const treatment = mean(groupProfits(pool, contrast.treatment));
  return { control, treatment, absolute: treatment - control, relative: control > 0 ? treatment / control - 1 : null };
}

export interface FormulaInputs {
  readonly metric: PlanningMetricName;
  readonly contrast: Contrast;
  readonly alpha: number;
  readonly sides: Sides;
  readonly targetPower: number;
}

/**
 * Sessions per arm by the normal-theory formula on the pool's sessions (optionally a resample of
 * its slots, the same slots for every arm): the cluster-trial formula for a per-viewer metric
 * (`clusteredAnalyticSize`), and for profit per session the two-sample formula
 * m = (z₁₋α/₂ + z_power)²·(s_c² + s_t²)/δ² on session profits (z₁₋α one-sided). Null when the
 * pool shows no effect or no variation.
 */
export function poolFormulaSize(pool: SessionPool, inputs: FormulaInputs, slots?: readonly number[]): number | null {
  const chosen = slots ?? pool.arms[0].sums.map((_, slot) => slot);
  if (inputs.metric !== PROFIT_PER_SESSION) {
    const sessions = (group: readonly number[]) => group.flatMap((arm) => chosen.map((slot) => pool.arms[arm].sums[slot]));
    return clusteredAnalyticSize({ ...inputs, metric: inputs.metric, control: sessions(inputs.contrast.control), treatment: sessions(inputs.contrast.treatment) });
  }
  const control = statsFromValues(groupProfits(pool, inputs.contrast.control, chosen));
  const treatment = statsFromValues(groupProfits(pool, inputs.contrast.treatment, chosen));
  const delta = treatment.sum / treatment.n - control.sum / control.n;
  const variance = sampleVariance(control) + sampleVariance(treatment);
  if (!(delta !== 0 && variance > 0)) return null;
  const z = normalQuantile(1 - (inputs.sides === 'two' ? inputs.alpha / 2 : inputs.alpha)) + normalQuantile(inputs.targetPower);
  return (z * z * variance) / (delta * delta);
}

/** The pool's effect (treatment − control) on the planning metric over the given slots (all by default). */
export function poolEffect(pool: SessionPool, inputs: Pick<FormulaInputs, 'metric' | 'contrast'>, slots?: readonly number[]): number {
  const chosen = slots ?? pool.arms[0].sums.map((_, slot) => slot);
  if (inputs.metric === PROFIT_PER_SESSION) {
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    return mean(groupProfits(pool, inputs.contrast.treatment, chosen)) - mean(groupProfits(pool, inputs.contrast.control, chosen));
  }
  const metric = inputs.metric;
  const value = (group: readonly number[]) => metricValue(addSums(group.flatMap((arm) => chosen.map((slot) => pool.arms[arm].sums[slot]))), metric);
  return value(inputs.contrast.treatment) - value(inputs.contrast.control);
}
