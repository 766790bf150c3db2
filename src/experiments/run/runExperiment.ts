import { InputError } from '../../io/inputError.js';
import { runInWorkers, siblingModuleUrl } from '../../parallel/index.js';
import { analyzeReplicate, type MetricRole, type ReplicateContext } from '../replicateAnalysis/analyzeReplicate.js';
import { analysisOptions } from '../replicateAnalysis/analysisOptions.js';
import { experimentContrasts } from '../replicateAnalysis/contrasts.js';
import { aggregateExperiment } from '../aggregate/aggregateExperiment.js';
import { armKey } from '../load/armKey.js';
import type { LoadedExperiment } from '../load/loadExperiment.js';
import type { ExperimentResult } from '../output/ExperimentResult.js';
import type { ExperimentPayload, RawReplicate } from '../world/ExperimentPayload.js';

/** How to run: replicates, seed and workers (the command line's choices over the file's). */
export interface RunOptions {
  readonly replicates?: number;
  readonly seed?: number;
  readonly workers?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * Run a simulated experiment.
 *
 *   load ─→ validate ─→ expand arms × replicates ─→ simulate ─→ analyze ─→ aggregate ─→ report
 *   (loadExperiment)    (payload)    (workers: test + potential outcomes per replicate)
 *                                     (analyzeReplicate: each replicate as a real test)
 *                                     (aggregateExperiment: truth, power, bias, coverage…)
 *
 * Replicates run on worker threads with `runInWorkers` (results in replicate order), so the
 * result is byte-identical whatever the number of workers. The runner first checks the design
 * is one it runs (A/B/n and factorial; sweeps go through `runSweep`, bandits through the bandit
 * runner).
 */
export async function runExperiment(loaded: LoadedExperiment, options: RunOptions = {}): Promise<ExperimentResult> {
  const experiment = loaded.experiment;
  const kind = experiment.design.kind;
  if (kind === 'sweep' || kind === 'bandit') {
    const where = kind === 'sweep' ? 'runSweep (livelift experiment and livelift sweep call it)' : 'the bandit runner (livelift experiment calls it; docs/bandit-and-power.md)';
    throw new InputError({ file: loaded.file, path: 'design.kind', message: `a ${kind} design is not a fixed-split test; it runs with ${where}` });
  }
  const seed = options.seed ?? experiment.seed;
  const replicates = options.replicates ?? experiment.replicates;
  const payload = experimentPayload(loaded, seed, 'test');
  const raws = await runInWorkers<ExperimentPayload, RawReplicate>({
    moduleUrl: siblingModuleUrl('../world/experimentTask', import.meta.url),
    payload,
    count: replicates,
    workers: options.workers ?? 1,
    onProgress: options.onProgress,
  });
  const context = replicateContext(loaded);
  const analyses = raws.map((raw) => analyzeReplicate(raw, context));
  return aggregateExperiment({ loaded, contrasts: context.contrasts, metrics: context.metrics, raws, analyses, seed });
}

/** What workers need: the room, the arms and the unit; nothing of the analysis. */
export function experimentPayload(loaded: LoadedExperiment, seed: number, mode: ExperimentPayload['mode']): ExperimentPayload {
  return {
    mode,
    base: loaded.base,
    arms: loaded.arms.map((arm, index) => ({ scenario: arm.scenario, treatment: arm.treatment, weight: arm.weight, sameAs: firstIdentical(loaded, index) })),
    unit: loaded.experiment.unit,
    sessionsPerArm: loaded.experiment.sessionsPerArm,
    seed,
    covariate: loaded.experiment.analysis.cuped,
  };
}

/** Index of the first arm that runs exactly what arm `index` runs (same scenario and treatment). */
function firstIdentical(loaded: LoadedExperiment, index: number): number {
  const own = armKey(loaded.arms[index]);
  return loaded.arms.findIndex((arm) => armKey(arm) === own);
}

/** The analysis plan shared by every replicate. */
export function replicateContext(loaded: LoadedExperiment): ReplicateContext {
  const { experiment } = loaded;
  const unit = experiment.unit.kind;
  const metrics: MetricRole[] = [
    { name: experiment.metrics.primary, role: 'primary' },
    ...experiment.metrics.secondary.map((name) => ({ name, role: 'secondary' as const })),
    ...experiment.metrics.guardrails.map((name) => ({ name, role: 'guardrail' as const })),
  ];
  return {
    contrasts: experimentContrasts(loaded),
    metrics,
    analysis: { clustered: unit !== 'viewer', cuped: experiment.analysis.cuped !== 'none', options: analysisOptions(experiment.analysis) },
    settings: experiment.analysis,
    unit,
    weights: loaded.arms.map((arm) => arm.weight),
  };
}
