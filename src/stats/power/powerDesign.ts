import type { Sides } from '../types.js';

/**
 * What analytic power needs to know about a planned two-arm test. Shared by the fixed-horizon
 * functions here and by `sequentialPower.ts` (which adds a tuning sample size).
 */
export interface PowerDesign {
  /** 'proportion': a conversion rate tested by the pooled z-test; 'mean': a mean with known sd. */
  readonly kind: 'proportion' | 'mean';
  /** Control conversion rate in (0, 1), or control mean. */
  readonly baseline: number;
  /** Per-unit standard deviation of a mean metric (both arms). Required for 'mean'. */
  readonly sd?: number;
  /** Significance level in (0, 1). */
  readonly alpha: number;
  readonly sides: Sides;
  /** Relative shares of units [control, treatment], e.g. [50, 50] or [20, 80]; normalised. */
  readonly split: readonly [number, number];
}

/** An effect to detect: an absolute difference, or a lift relative to the baseline. */
export interface Effect {
  readonly value: number;
  readonly relative: boolean;
}

/** The effect as both absolute difference and relative lift. */
export interface EffectSize {
  readonly absolute: number;
  readonly relative: number;
}

/** Normalised [control, treatment] shares. */
export function normalisedSplit(design: PowerDesign): [number, number] {
  const [c, t] = design.split;
  return [c / (c + t), t / (c + t)];
}

/**
 * The absolute effect δ (treatment − control) of an `Effect`. Its sign follows the alternative:
 * 'greater' → +|value|, 'less' → −|value|, 'two' → as given.
 */
export function absoluteEffect(design: PowerDesign, effect: Effect): number {
  const raw = effect.relative ? design.baseline * effect.value : effect.value;
  if (design.sides === 'greater') return Math.abs(raw);
  if (design.sides === 'less') return -Math.abs(raw);
  return raw;
}

/** Programmer-error checks (the CLI validates user input with clear messages first). */
export function validateDesign(design: PowerDesign): void {
  if (!(design.alpha > 0 && design.alpha < 1)) throw new RangeError(`alpha ${design.alpha} must be in (0, 1)`);
  if (design.kind === 'proportion' && !(design.baseline > 0 && design.baseline < 1)) {
    throw new RangeError(`baseline rate ${design.baseline} must be in (0, 1)`);
  }
  if (design.kind === 'mean' && !(design.sd !== undefined && design.sd > 0 && Number.isFinite(design.sd))) {
    throw new RangeError(`a mean metric needs a positive sd, got ${design.sd}`);
  }
  if (!Number.isFinite(design.baseline)) throw new RangeError(`baseline ${design.baseline} must be finite`);
  if (design.split.length !== 2 || !design.split.every((share) => share > 0 && Number.isFinite(share))) {
    throw new RangeError(`split ${design.split.join(',')} must be two positive shares`);
  }
}
