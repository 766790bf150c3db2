import type { RunResult } from '../../sim/model/RunResult.js';
import type { Scenario } from '../../sim/scenario/scenarioSchema.js';
import { runTasks } from './runTasks.js';
import type { ReplicateJob } from './replicateWorker.js';

export { RunCancelled, defaultWorkers } from './runTasks.js';

/** Options of {@link runReplicates}. */
export interface RunReplicatesOptions {
  scenario: Scenario;
  seed: number;
  replicates: number;
  /** Web Workers to spread the replicates over; the runs do not depend on it. */
  workers: number;
  /** Called as each replicate finishes, with every run finished so far (in replicate order, with gaps). */
  onRun?: (done: number, total: number, runs: readonly (RunResult | undefined)[]) => void;
  /** Stop early: the workers are terminated and the promise rejects with {@link RunCancelled}. */
  signal?: AbortSignal;
}

/**
 * Replicates 0…N−1 of a scenario in Web Workers (`runSession(scenario, { seed, replicate })`, what
 * `livelift simulate` runs on its worker threads), answered in replicate order.
 */
export function runReplicates(options: RunReplicatesOptions): Promise<RunResult[]> {
  return runTasks<ReplicateJob, RunResult>({
    createWorker: (index) => new Worker(new URL('./replicateWorker.ts', import.meta.url), { type: 'module', name: `replicates-${index}` }),
    payload: { scenario: options.scenario, seed: options.seed },
    count: options.replicates,
    workers: options.workers,
    onResult: options.onRun,
    signal: options.signal,
    noun: 'replicate',
  });
}
