import { experimentPayload, finishExperiment } from '../../experiments/run/experimentPipeline.js';
import type { LoadedExperiment } from '../../experiments/load/validateExperiment.js';
import type { ExperimentResult } from '../../experiments/output/ExperimentResult.js';
import type { ExperimentPayload, RawReplicate } from '../../experiments/world/ExperimentPayload.js';
import { runTasks } from '../run/runTasks.js';
import { LIVELIFT_VERSION } from '../version.js';

/**
 * `livelift experiment` in the browser: the same payload, the same task per replicate (in Web
 * Workers), the same analysis and aggregation, so the result equals `livelift experiment --json`
 * for the same experiment and seed, whatever the number of workers.
 */
export async function runExperimentInBrowser(loaded: LoadedExperiment, options: { workers: number; signal?: AbortSignal; onProgress?: (done: number, total: number) => void }): Promise<ExperimentResult> {
  const { seed, replicates } = loaded.experiment;
  const raws = await runTasks<ExperimentPayload, RawReplicate>({
    createWorker: (index) => new Worker(new URL('./experimentWorker.ts', import.meta.url), { type: 'module', name: `experiment-${index}` }),
    payload: experimentPayload(loaded, seed, 'test'),
    count: replicates,
    workers: options.workers,
    signal: options.signal,
    onResult: (done, total) => options.onProgress?.(done, total),
    noun: 'experiment replicate',
  });
  return finishExperiment(loaded, raws, seed, LIVELIFT_VERSION);
}
