import { fmix32 } from '../math/fmix32.js';

/** Payload of the self-test task (used by test/parallel and as a smoke test of a build). */
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
 * A tiny deterministic task for testing {@link runInWorkers}: the sum of `draws` hashed uniforms
 * of (seed, index, draw), so every index has its own reproducible answer. It needs nothing from the
 * simulator, so the worker pool is tested on its own.
 */
export function runTask(payload: SelfTestPayload, index: number): { index: number; sum: number } | (() => void) {
  if (index === payload.failAt) throw new Error(`self-test failure at ${index}`);
  if (index === payload.unclonableAt) return () => {};
  const key = fmix32(fmix32(payload.seed >>> 0) ^ index);
  let sum = 0;
  for (let i = 0; i < payload.draws; i++) sum += fmix32(key + Math.imul(i, 0x9e3779b9)) / 2 ** 32;
  return { index, sum };
}
