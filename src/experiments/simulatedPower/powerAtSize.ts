import { runInWorkers, siblingModuleUrl } from '../../parallel/index.js';
import { analyzeReplicate, type ReplicateContext } from '../replicateAnalysis/analyzeReplicate.js';
import { analysisOptions } from '../replicateAnalysis/analysisOptions.js';
import type { ReplicateComparison } from '../replicateAnalysis/ReplicateAnalysis.js';
import { potentialSumsByArm } from '../aggregate/contrastTruth.js';
import type { LoadedExperiment } from '../load/loadExperiment.js';
import type { MetricName } from '../schema/metrics.js';
import { experimentPayload, replicateContext } from '../run/runExperiment.js';
import type { ExperimentPayload, RawReplicate } from '../world/ExperimentPayload.js';
import { addSums } from '../world/ViewerSums.js';

/** How to simulate one design size. */
export interface PowerRunOptions {
  readonly seed: number;
  readonly replicates: number;
  readonly workers: number;
  readonly onProgress?: (done: number, total: number) => void;
  /** Also simulate the potential outcomes (the truth), through the experiment runner's own task. */
  readonly withTruth?: boolean;
}

/** The simulated test at one size: each replicate's primary-metric comparisons and viewers per arm. */
export interface SizeRun {
  readonly sessionsPerArm: number;
  /** [replicate][contrast]: the primary metric's comparison, as the real test would conclude. */
  readonly primary: readonly (readonly ReplicateComparison[])[];
  /** [replicate][arm]: viewers in the observed test. */
  readonly viewers: readonly (readonly number[])[];
  /** [arm]: potential-outcome sums (every viewer of a session in that arm) pooled over the replicates; null without `withTruth`. */
  readonly potential: readonly (readonly number[])[] | null;
  /** [arm][session]: the sums of each potential-outcome session (for between-session variance); null without `withTruth`. */
  readonly sessions: readonly (readonly (readonly number[])[])[] | null;
}

/**
 * Simulate the experiment with `sessionsPerArm` sessions per arm, `replicates` times, and analyze
 * each replicate with the experiment runner's own per-replicate analysis (so power is the power of
 * the very test `livelift experiment` simulates), keeping only the primary metric (corrected across
 * contrasts as in the experiment) and leaving out the sequential and Bayesian extras, which do not
 * change significance. With `withTruth` the replicates run through the runner's task (test and
 * potential outcomes); otherwise through `powerTask` (the same test, no potential outcomes).
 */
export async function powerAtSize(loaded: LoadedExperiment, sessionsPerArm: number, options: PowerRunOptions): Promise<SizeRun> {
  const sized: LoadedExperiment = { ...loaded, experiment: { ...loaded.experiment, sessionsPerArm } };
  const raws = await runInWorkers<ExperimentPayload, RawReplicate>({
    moduleUrl: taskUrl(options.withTruth === true),
    payload: experimentPayload(sized, options.seed, 'test'),
    count: options.replicates,
    workers: options.workers,
    onProgress: options.onProgress,
  });
  const context = primaryOnlyContext(sized, loaded.experiment.metrics.primary);
  const analyses = raws.map((raw) => analyzeReplicate(raw, context));
  return {
    sessionsPerArm,
    primary: analyses.map((analysis) => analysis.comparisons.map((metrics) => metrics[0])),
    viewers: analyses.map((analysis) => analysis.viewers),
    potential: options.withTruth === true ? pooledPotential(raws, loaded.arms.length) : null,
    sessions: options.withTruth === true ? loaded.arms.map((_, arm) => raws.flatMap((raw) => raw.potential.filter((o) => o.arm === arm).map((o) => o.sums))) : null,
  };
}

function taskUrl(withTruth: boolean): URL {
  return siblingModuleUrl(withTruth ? '../world/experimentTask' : './powerTask', import.meta.url);
}

function pooledPotential(raws: readonly RawReplicate[], arms: number): number[][] {
  const perReplicate = raws.map((raw) => potentialSumsByArm(raw, arms));
  return Array.from({ length: arms }, (_, arm) => addSums(perReplicate.map((sums) => sums[arm])));
}

/** The experiment's replicate analysis reduced to one metric (the planning metric), without sequential and Bayesian extras. */
export function primaryOnlyContext(loaded: LoadedExperiment, metric: MetricName): ReplicateContext {
  const full = replicateContext(loaded);
  const settings = { ...full.settings, sequential: { ...full.settings.sequential, enabled: false }, bayesian: { ...full.settings.bayesian, enabled: false } };
  return {
    ...full,
    metrics: [{ name: metric, role: 'primary' }],
    settings,
    analysis: { ...full.analysis, options: analysisOptions(settings) },
  };
}
