import { InputError } from '../../io/inputError.js';
import { metricStats } from '../replicateAnalysis/metricStats.js';
import type { LoadedExperiment } from '../load/loadExperiment.js';
import { addSums } from '../world/ViewerSums.js';
import { naiveAnalyticPlan, type NaiveAnalyticPlan } from './naiveAnalyticPlan.js';
import { plannedContrast, type PlannedContrast } from './plannedContrast.js';
import { clusteredAnalyticSize } from './clusteredAnalyticSize.js';
import { powerAtSize, type SizeRun } from './powerAtSize.js';
import type { PowerPlanOptions } from './PowerPlanOptions.js';

export type { PowerPlanOptions } from './PowerPlanOptions.js';
import { assemblePowerResult } from './assemblePowerResult.js';
import { planBySessionPool } from './planBySessionPool.js';
import { planningMetric } from './planningMetric.js';
import type { MetricName } from '../schema/metrics.js';
import type { PowerResult } from './PowerResult.js';
import { controlViewersPerSession, tally, type SizeTally } from './sizeTally.js';
import { searchRequiredSize, type PowerCount } from './searchRequiredSize.js';

/** Largest size that can be simulated: the experiment schema's limit on sessionsPerArm. */
export const MAX_SESSIONS_PER_ARM = 1000;
/**
 * Largest size simulated unless asked otherwise: 200 sessions per arm is about two years of
 * twice-weekly sessions per arm, beyond any live test a team would run; past it the required
 * size is extrapolated from the fitted curve (cheaply, and clearly labelled).
 */
export const DEFAULT_MAX_SESSIONS_PER_ARM = 200;
/** Largest `--max-sessions` / `--pool-sessions`: sizes beyond MAX_SESSIONS_PER_ARM are reached by resampling (session unit) only. */
export const MAX_RESAMPLED_SESSIONS_PER_ARM = 100_000;
export { PLANNING_METRIC_CHOICES } from './planningMetric.js';

/**
 * Power planning by simulation. A session-randomized test goes to `planBySessionPool` (tests
 * resampled from one pool of simulated sessions: fast whatever the answer); viewer and switchback
 * tests, whose rooms hold every arm, are simulated afresh at each size as follows.
 *
 * The smallest number of sessions per arm (session unit) or of
 * shared sessions, hence viewers per arm (viewer and switchback units), at which the experiment's
 * own simulated test reaches the target power on its primary metric.
 *
 *   pilot at the file's sessionsPerArm, with potential outcomes ─▶ truth, and the contrast with
 *   the smallest true effect ─▶ starting point: the cluster-trial formula on the pilot's
 *   between-session variance (session unit) or the naive analytic size (independent viewers)
 *   ─▶ search (bracket ×2 / ÷2 with fewer replicates, refine on a probit fit in √size with all of
 *   them: searchRequiredSize; the test alone at each size) ─▶ required size ± Monte-Carlo error,
 *   design effect = simulated / naive analytic (viewers per session pooled over every size)
 *
 * Each size runs R replicates on worker threads (same seed, replicate-indexed streams), so the
 * result is identical for any number of workers.
 */
export async function planPowerBySimulation(file: LoadedExperiment, options: PowerPlanOptions): Promise<PowerResult> {
  const choice = planningMetric(file, options.metric);
  if (file.experiment.unit.kind === 'session') return planBySessionPool(file, options, choice);
  const metric = choice.metric as MetricName;
  const loaded: LoadedExperiment = { ...file, experiment: { ...file.experiment, metrics: { ...file.experiment.metrics, primary: metric } } };
  const minSize = loaded.experiment.unit.kind === 'session' ? 2 : 1;
  const maxSize = Math.min(MAX_SESSIONS_PER_ARM, Math.max(minSize, options.maxSessionsPerArm ?? DEFAULT_MAX_SESSIONS_PER_ARM));
  const pilotSize = Math.min(maxSize, Math.max(minSize, loaded.experiment.sessionsPerArm));
  const tallies = new Map<number, SizeTally>();
  const bracketReplicates = Math.min(options.replicates, options.bracketReplicates ?? Math.max(20, Math.ceil(options.replicates / 4)));
  const simulate = async (size: number, replicates: number, withTruth = false) => {
    const run = await powerAtSize(loaded, size, { ...options, replicates, withTruth, onProgress: options.onSize?.(size) });
    tallies.set(size, tally(run));
    return run;
  };
  const pilotRun = await simulate(pilotSize, options.replicates, true);
  const potential = pilotRun.potential!;
  const pilot = plannedContrast(loaded, potential, metric);
  if (!(pilot.truth.absolute !== 0)) {
    throw new InputError({ file: loaded.file, path: 'design', message: `${pilot.contrast.name} has no true effect on ${metric} in the model: there is nothing to detect` });
  }
  const count = (size: number): PowerCount => powerCount(tallies.get(size)!, pilot);
  const clustered = clusteredPlan(loaded, pilot, pilotRun, options.targetPower);
  const search = await searchRequiredSize({
    targetPower: options.targetPower,
    initialSize: clustered ?? analyticPlan(loaded, pilot, potential, tallies, options.targetPower)?.sessionsPerArm ?? pilotSize,
    minSize,
    maxSize,
    maxEvaluations: options.maxEvaluations ?? 8,
    confidence: 0.95,
    known: new Map([[pilotSize, count(pilotSize)]]),
    evaluate: async (size, phase) => (await simulate(size, phase === 'bracket' ? bracketReplicates : options.replicates), count(size)),
  });
  const analytic = analyticPlan(loaded, pilot, potential, tallies, options.targetPower);
  return assemblePowerResult({ loaded: { ...loaded, experiment: file.experiment }, options, maxSize, planned: pilot, search, analytic, clustered, tallies, planning: choice });
}

/** Replicates significant in the direction of the planned contrast's true effect. */
function powerCount(tally: SizeTally, planned: PlannedContrast): PowerCount {
  return { successes: (planned.truth.absolute > 0 ? tally.positive : tally.negative)[planned.index], trials: tally.trials };
}

/** Session unit: the cluster-trial formula on the pilot's between-session variance (the search's start). */
function clusteredPlan(loaded: LoadedExperiment, planned: PlannedContrast, pilot: SizeRun, targetPower: number): number | null {
  if (loaded.experiment.unit.kind !== 'session' || pilot.sessions === null) return null;
  const sessions = pilot.sessions;
  return clusteredAnalyticSize({
    metric: loaded.experiment.metrics.primary,
    control: planned.contrast.control.flatMap((arm) => sessions[arm]),
    treatment: planned.contrast.treatment.flatMap((arm) => sessions[arm]),
    alpha: loaded.experiment.analysis.alpha,
    sides: loaded.experiment.analysis.sides,
    targetPower,
  });
}

function analyticPlan(
  loaded: LoadedExperiment,
  planned: PlannedContrast,
  potential: readonly (readonly number[])[],
  tallies: ReadonlyMap<number, SizeTally>,
  targetPower: number,
): NaiveAnalyticPlan | null {
  const metric = loaded.experiment.metrics.primary;
  const weight = (group: readonly number[]) => group.reduce((sum, arm) => sum + loaded.arms[arm].weight, 0);
  return naiveAnalyticPlan({
    metric,
    control: metricStats(addSums(planned.contrast.control.map((arm) => potential[arm])), metric),
    effect: planned.truth.absolute,
    alpha: loaded.experiment.analysis.alpha,
    sides: loaded.experiment.analysis.sides,
    split: [weight(planned.contrast.control), weight(planned.contrast.treatment)],
    targetPower,
    controlViewersPerSession: controlViewersPerSession(tallies, planned),
  });
}
