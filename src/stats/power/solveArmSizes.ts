import { bisectIncreasing } from './bisect.js';
import { absoluteEffect, normalisedSplit, validateDesign, type Effect, type PowerDesign } from './powerDesign.js';

/** The solution of power(N) = target, before and after rounding each arm up. */
export interface ArmSizes {
  /** The effect on the absolute scale. */
  readonly delta: number;
  /** Total units before rounding. */
  readonly exactTotal: number;
  /** Units in [control, treatment], each rounded up (at least 2). */
  readonly perArm: [number, number];
}

/**
 * Solve powerAt(design, N, delta) = power for the total N, doubling an upper bound from 4 and then
 * bisecting (powerAt must increase with N), and split N by the design's split, rounding each arm
 * up. Shared by the fixed-horizon and the sequential sample sizes. O(log N) power evaluations.
 * Throws on a bad design, a target outside (0, 1), a zero effect, or an effect too small for any
 * realistic sample (N > 10^16).
 */
export function solveArmSizes<D extends PowerDesign>(design: D, effect: Effect, power: number, powerAt: (design: D, total: number, delta: number) => number): ArmSizes {
  validateDesign(design);
  if (!(power > 0 && power < 1)) throw new RangeError(`power ${power} must be in (0, 1)`);
  const delta = absoluteEffect(design, effect);
  if (delta === 0) throw new RangeError('an effect of zero cannot be detected');
  const f = (total: number): number => powerAt(design, total, delta);
  let high = 4;
  while (f(high) < power) {
    high *= 2;
    if (high > 1e16) throw new RangeError('the effect is too small to detect with any realistic sample');
  }
  const exactTotal = bisectIncreasing(f, power, 2, high);
  const [sc, st] = normalisedSplit(design);
  // Guard against 1e-13 bisection noise turning an exact integer into the next one.
  const roundUp = (units: number): number => Math.max(2, Math.ceil(units * (1 - 1e-12)));
  return { delta, exactTotal, perArm: [roundUp(exactTotal * sc), roundUp(exactTotal * st)] };
}
