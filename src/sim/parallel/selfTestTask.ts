import { createStream } from '../random/index.js';

/** Payload of the self-test task (used by test/sim/parallel and as a smoke test of a build). */
export interface SelfTestPayload {
  seed: number;
  /** Uniform draws summed per task. */
  draws: number;
  /** Task index that throws, to test error propagation. */
  failAt?: number;
  /** Task index that returns something that cannot be cloned (a function). */
  unclonableAt?: number;
}

/**
 * A tiny deterministic task for testing {@link runInWorkers}: the sum of `draws` uniforms from
 * stream (seed, index, 'selfTest'), so every index has its own reproducible answer.
 */
export function runTask(payload: SelfTestPayload, index: number): { index: number; sum: number } | (() => void) {
  if (index === payload.failAt) throw new Error(`self-test failure at ${index}`);
  if (index === payload.unclonableAt) return () => {};
  const rng = createStream(payload.seed, index, 'selfTest');
  let sum = 0;
  for (let i = 0; i < payload.draws; i++) sum += rng();
  return { index, sum };
}
