import { InputError } from '../../io/inputError.js';
import { runInWorkers, siblingModuleUrl } from '../../parallel/index.js';
import { liveliftVersion } from '../../io/liveliftVersion.js';
import type { LoadedExperiment } from '../load/loadExperiment.js';
import type { ExperimentResult } from '../output/ExperimentResult.js';
import type { ExperimentPayload, RawReplicate } from '../world/ExperimentPayload.js';
import { experimentPayload, finishExperiment } from './experimentPipeline.js';

export { experimentPayload, replicateContext } from './experimentPipeline.js';

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
  return finishExperiment(loaded, raws, seed, liveliftVersion());
}
