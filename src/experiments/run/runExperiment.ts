import { InputError } from '../../io/inputError.js';
import { siblingModuleUrl } from '../../parallel/index.js';
import { liveliftVersion } from '../../io/liveliftVersion.js';
import type { LoadedExperiment } from '../load/loadExperiment.js';
import type { ExperimentResult } from '../output/ExperimentResult.js';
import type { ExperimentPayload, RawReplicate } from '../world/ExperimentPayload.js';
import { experimentPayload, finishExperiment } from './experimentPipeline.js';
import { runReplicates, runSeed, type RunOptions } from './runReplicates.js';

export { experimentPayload, replicateContext } from './experimentPipeline.js';

export type { RunOptions } from './runReplicates.js';

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
  const seed = runSeed(loaded, options);
  const raws = await runReplicates<ExperimentPayload, RawReplicate>(loaded, options, siblingModuleUrl('../world/experimentTask', import.meta.url), experimentPayload(loaded, seed, 'test'));
  return finishExperiment(loaded, raws, seed, liveliftVersion());
}
