/**
 * Web Worker: runs replicates of one scenario, one at a time as the page asks, so the page's own
 * thread only draws. Each replicate is `runSession(scenario, { seed, replicate })`, exactly what
 * `livelift simulate` runs on its worker threads, so the runs are the CLI's to the byte.
 */
import { runSession } from '../../sim/model/runSession.js';
import type { Scenario } from '../../sim/scenario/scenarioSchema.js';
import { serveTasks } from './runTasks.js';

/** The job every replicate of a run shares. */
export interface ReplicateJob {
  scenario: Scenario;
  seed: number;
}

serveTasks((job: ReplicateJob, replicate: number) => runSession(job.scenario, { seed: job.seed, replicate }), 'replicateWorker');
