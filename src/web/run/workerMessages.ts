import type { RunResult } from '../../sim/model/RunResult.js';
import type { Scenario } from '../../sim/scenario/scenarioSchema.js';

/** What the page sends a replicate worker: the job once, then one replicate index at a time. */
export type WorkerRequest = { type: 'job'; scenario: Scenario; seed: number } | { type: 'replicate'; replicate: number };

/** What a replicate worker answers for each replicate. */
export type WorkerReply = { type: 'run'; replicate: number; run: RunResult } | { type: 'failed'; replicate: number; message: string };
