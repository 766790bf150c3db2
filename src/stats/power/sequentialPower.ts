import { normalCdf } from '../distributions/normalCdf.js';
import { DEFAULT_TUNING } from '../sequential/confidenceSequence.js';
import { sequentialHalfWidthFactor } from '../sequential/confidenceSequence.js';
import { sequentialRho } from '../sequential/sequentialRho.js';
import { bisectIncreasing } from './bisect.js';
import { solveArmSizes } from './solveArmSizes.js';
import { effectStandardErrors } from './effectStandardErrors.js';
import { absoluteEffect, normalisedSplit, validateDesign, type Effect, type EffectSize, type PowerDesign } from './powerDesign.js';
import { effectSize, sampleSizeForEffect, type SampleSizePlan } from './sampleSizeForEffect.js';

/** A planned test that will be analyzed with the asymptotic confidence sequence. */
export interface SequentialPowerDesign extends PowerDesign {
  /** Tuning sample size n* of the confidence sequence (total units). Default 5,000. */
  readonly tuning?: number;
}

/** A sequential sample-size plan, with the fixed-horizon plan it inflates. */
export interface SequentialSampleSizePlan extends SampleSizePlan {
  /** Total units the fixed-horizon test would need for the same effect and power. */
  readonly fixedHorizonTotal: number;
  /** total / fixedHorizonTotal: the price of being allowed to peek. */
  readonly inflation: number;
}

/**
 * Power of the confidence sequence at its final look, N total units: the fixed-horizon formula
 * (`powerForEffect`) with the normal quantile z₁₋α/₂ replaced by the sequence's half-width in
 * standard errors, h(N) = `sequentialHalfWidthFactor(N, ρ, α)`, and the standard error the
 * analysis estimates (unpooled, σ₁):
 *
 *   two-sided: Φ((δ − h σ₁)/σ₁) + Φ((−δ − h σ₁)/σ₁);   greater: Φ((δ − h σ₁)/σ₁);   less: Φ((−δ − h σ₁)/σ₁)
 *
 * This counts only rejections at N, so it is a lower bound on the probability of stopping for
 * efficacy at some look up to N (earlier looks can only add rejections). GrowthBook's power
 * calculator treats sequential designs the same way (the CS half-width in place of the fixed one).
 * O(1).
 */
export function sequentialPowerAtDelta(design: SequentialPowerDesign, totalUnits: number, delta: number): number {
  const se = effectStandardErrors(design, totalUnits, delta).alternative;
  const rho = sequentialRho(design.alpha, design.tuning ?? DEFAULT_TUNING, design.sides === 'two');
  const h = sequentialHalfWidthFactor(totalUnits, rho, design.alpha, design.sides);
  if (design.sides === 'two') return normalCdf((delta - h * se) / se) + normalCdf((-delta - h * se) / se);
  const signed = design.sides === 'greater' ? delta : -delta;
  return normalCdf((signed - h * se) / se);
}

/** Power of the sequential analysis for `totalUnits` and an effect (absolute or relative). O(1). */
export function sequentialPowerForEffect(design: SequentialPowerDesign, totalUnits: number, effect: Effect): number {
  validateDesign(design);
  if (!(totalUnits > 0)) throw new RangeError(`total units ${totalUnits} must be positive`);
  return sequentialPowerAtDelta(design, totalUnits, absoluteEffect(design, effect));
}

/**
 * Units needed for the confidence sequence to reach `power` against `effect` at its final look:
 * solves sequentialPowerAtDelta(N) = power by bisection (the fixed-horizon N times an inflation
 * that grows slowly with N, typically 1.5–2.5× at α = 0.05), then rounds each arm up like
 * `sampleSizeForEffect`. O(log N) power evaluations.
 *
 * @example sequentialSampleSize({ kind: 'proportion', baseline: 0.1, alpha: 0.05, sides: 'two', split: [50, 50] }, { value: 0.02, relative: false }, 0.8) // perArm [7589, 7589], inflation ≈ 1.98 over the fixed-horizon 2 × 3841
 */
export function sequentialSampleSize(design: SequentialPowerDesign, effect: Effect, power: number): SequentialSampleSizePlan {
  const { delta, exactTotal, perArm } = solveArmSizes(design, effect, power, sequentialPowerAtDelta);
  const achieved = sequentialPowerAtDelta({ ...design, split: perArm }, perArm[0] + perArm[1], delta);
  const fixedHorizonTotal = sampleSizeForEffect(design, effect, power).total;
  const total = perArm[0] + perArm[1];
  return { perArm, total, exactTotal, effect: effectSize(design, delta), power: achieved, fixedHorizonTotal, inflation: total / fixedHorizonTotal };
}

/**
 * Smallest effect the confidence sequence detects at its final look with probability `power`
 * after `totalUnits`; null when none does (a proportion's rate would leave (0, 1)). Bisection on
 * the effect's magnitude, as `minimumDetectableEffect`. O(log) power evaluations.
 */
export function sequentialMinimumDetectableEffect(design: SequentialPowerDesign, totalUnits: number, power: number): EffectSize | null {
  validateDesign(design);
  if (!(totalUnits > 0)) throw new RangeError(`total units ${totalUnits} must be positive`);
  if (!(power > 0 && power < 1)) throw new RangeError(`power ${power} must be in (0, 1)`);
  const direction = design.sides === 'less' ? -1 : 1;
  const f = (magnitude: number): number => sequentialPowerAtDelta(design, totalUnits, direction * magnitude);
  const upper = searchLimit(design, totalUnits, direction);
  if (f(upper) < power) return null;
  return effectSize(design, direction * bisectIncreasing(f, power, 0, upper));
}

/** Rates must stay inside (0, 1); for means, 100 fixed-horizon standard errors is plenty. */
function searchLimit(design: PowerDesign, totalUnits: number, direction: number): number {
  if (design.kind === 'proportion') return (direction > 0 ? 1 - design.baseline : design.baseline) * (1 - 1e-12);
  const [sc, st] = normalisedSplit(design);
  return 100 * design.sd! * Math.sqrt(1 / (totalUnits * sc) + 1 / (totalUnits * st));
}
