/**
 * Web Worker: runs replicates of one scenario, one at a time as the page asks, so the page's own
 * thread only draws. Each replicate is `runSession(scenario, { seed, replicate })`, exactly what
 * `livelift simulate` runs on its worker threads, so the runs are the CLI's to the byte.
 *
 *   page ─ {scenario, seed} ─▶ worker (once)
 *   page ─ {replicate: i} ─▶ worker ─ runSession ─▶ {replicate: i, run} ─▶ page   (repeated)
 */
import { runSession } from '../../sim/model/runSession.js';
import type { Scenario } from '../../sim/scenario/scenarioSchema.js';
import type { WorkerReply, WorkerRequest } from './workerMessages.js';

let job: { scenario: Scenario; seed: number } | undefined;

const scope = self as unknown as { postMessage(message: WorkerReply): void; onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null };

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'job') {
    job = { scenario: request.scenario, seed: request.seed };
    return;
  }
  if (job === undefined) throw new Error('replicateWorker: a replicate was asked for before the job');
  try {
    const run = runSession(job.scenario, { seed: job.seed, replicate: request.replicate });
    scope.postMessage({ type: 'run', replicate: request.replicate, run });
  } catch (error) {
    scope.postMessage({ type: 'failed', replicate: request.replicate, message: error instanceof Error ? error.message : String(error) });
  }
};
