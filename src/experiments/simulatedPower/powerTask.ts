import type { ExperimentPayload, RawReplicate } from '../world/ExperimentPayload.js';
import { observedTest } from './observedTest.js';

/**
 * Worker task of power planning (see `runInWorkers`): the observed test of replicate `index`,
 * without potential outcomes. Pure — the same payload and index give the same bytes on any thread.
 */
export function runTask(payload: ExperimentPayload, index: number): RawReplicate {
  return observedTest(payload, index);
}
