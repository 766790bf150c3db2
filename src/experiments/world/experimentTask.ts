import type { ExperimentPayload, RawReplicate } from './ExperimentPayload.js';
import { simulateReplicate } from './simulateReplicate.js';

/**
 * Worker task of the experiment runner (see `runInWorkers`): simulate replicate `index`. Pure —
 * the same payload and index give the same bytes on any thread.
 */
export function runTask(payload: ExperimentPayload, index: number): RawReplicate {
  return simulateReplicate(payload, index);
}
