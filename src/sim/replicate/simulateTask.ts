import type { RunResult } from '../model/index.js';
import type { Scenario } from '../scenario/index.js';
import { runReplicate } from './runReplicate.js';

/** What every replicate task receives (structured-cloned into each worker once). */
export interface SimulatePayload {
  scenario: Scenario;
  seed: number;
  /** When set, replicate i streams its viewers to `${viewerPartPrefix}${i}`. */
  viewerPartPrefix?: string;
}

/** Worker entry point for `runInWorkers`: replicate `index` of the payload's scenario. */
export function runTask(payload: SimulatePayload, index: number): RunResult {
  const part = payload.viewerPartPrefix === undefined ? undefined : `${payload.viewerPartPrefix}${index}`;
  return runReplicate(payload.scenario, payload.seed, index, part);
}
