import type { RunResult } from '../../sim/model/RunResult.js';
import type { Scenario } from '../../sim/scenario/scenarioSchema.js';
import type { WorkerReply, WorkerRequest } from './workerMessages.js';

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

export class RunCancelled extends Error {
  constructor() {
    super('run cancelled');
    this.name = 'RunCancelled';
  }
}

/**
 * Replicates 0…N−1 of a scenario in Web Workers, handed out one at a time to whichever worker is
 * free, answered in replicate order: the browser's counterpart of the CLI's `runInWorkers`.
 */
export function runReplicates(options: RunReplicatesOptions): Promise<RunResult[]> {
  const { scenario, seed, replicates } = options;
  const count = Math.max(1, Math.min(options.workers, replicates));
  const runs: (RunResult | undefined)[] = new Array(replicates).fill(undefined);
  const workers: Worker[] = [];
  let next = 0;
  let done = 0;
  return new Promise<RunResult[]>((resolve, reject) => {
    const stop = (error: Error) => {
      for (const worker of workers) worker.terminate();
      reject(error);
    };
    options.signal?.addEventListener('abort', () => stop(new RunCancelled()), { once: true });
    const handOut = (worker: Worker) => {
      if (next < replicates) worker.postMessage({ type: 'replicate', replicate: next++ } satisfies WorkerRequest);
    };
    for (let index = 0; index < count; index++) {
      const worker = new Worker(new URL('./replicateWorker.ts', import.meta.url), { type: 'module', name: `replicates-${index}` });
      workers.push(worker);
      worker.onerror = (event) => stop(new Error(`simulation worker failed: ${event.message}`));
      worker.onmessage = (event: MessageEvent<WorkerReply>) => {
        const reply = event.data;
        if (reply.type === 'failed') return stop(new Error(`replicate ${reply.replicate}: ${reply.message}`));
        runs[reply.replicate] = reply.run;
        done++;
        options.onRun?.(done, replicates, runs);
        if (done === replicates) {
          for (const each of workers) each.terminate();
          resolve(runs as RunResult[]);
        } else handOut(worker);
      };
      worker.postMessage({ type: 'job', scenario, seed } satisfies WorkerRequest);
      handOut(worker);
    }
  });
}

/** Workers for this device: one per core, at most 4 (like the CLI's default). */
export function defaultWorkers(): number {
  return Math.max(1, Math.min(4, navigator.hardwareConcurrency || 1));
}
