import { runInWorkers } from '../../parallel/index.js';
import type { LoadedExperiment } from '../load/loadExperiment.js';

/** How to run: replicates, seed and workers (the command line's choices over the file's). */
export interface RunOptions {
  readonly replicates?: number;
  readonly seed?: number;
  readonly workers?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

/** The run's seed: the command line's, else the experiment file's. */
export function runSeed(loaded: LoadedExperiment, options: RunOptions): number {
  return options.seed ?? loaded.experiment.seed;
}

/**
 * The experiment's replicates of `task` (a worker module, `runTask(payload, index)`) on worker
 * threads, answered in replicate order so the result is the same for any number of workers: the
 * command line's replicate count over the file's, one worker unless told. The step every
 * experiment runner (fixed split, sweep, bandit) shares between its payload and its summary.
 */
export function runReplicates<P, R>(loaded: LoadedExperiment, options: RunOptions, task: URL, payload: P): Promise<R[]> {
  return runInWorkers<P, R>({
    moduleUrl: task,
    payload,
    count: options.replicates ?? loaded.experiment.replicates,
    workers: options.workers ?? 1,
    onProgress: options.onProgress,
  });
}
