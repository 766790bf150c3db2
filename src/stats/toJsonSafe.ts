import type { EffectEstimate } from './types.js';

/** An `EffectEstimate` as JSON can hold it: ±Infinity (open interval ends, se of an empty arm) → null. */
export interface JsonEffectEstimate {
  estimate: number | null;
  se: number | null;
  ci: [number | null, number | null];
  pValue: number | null;
}

/**
 * JSON has no Infinity (JSON.stringify writes `null` silently); this makes the choice explicit:
 * a one-sided interval `[lo, Infinity]` is written `[lo, null]`, meaning "unbounded". Text output
 * prints the same ends as "-inf" / "inf".
 */
export function toJsonSafe(effect: EffectEstimate): JsonEffectEstimate {
  return {
    estimate: finiteOrNull(effect.estimate),
    se: finiteOrNull(effect.se),
    ci: [finiteOrNull(effect.ci[0]), finiteOrNull(effect.ci[1])],
    pValue: finiteOrNull(effect.pValue),
  };
}

export function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}
