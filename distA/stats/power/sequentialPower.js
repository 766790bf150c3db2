import { normalCdf } from '../distributions/normalCdf.js';
import { DEFAULT_TUNING } from '../sequential/confidenceSequence.js';
import { sequentialHalfWidthFactor } from '../sequential/confidenceSequence.js';
import { sequentialRho } from '../sequential/sequentialRho.js';
import { bisectIncreasing } from './bisect.js';
import { effectStandardErrors } from './effectStandardErrors.js';
import { absoluteEffect, normalisedSplit, validateDesign } from './powerDesign.js';
import { effectSize, sampleSizeForEffect } from './sampleSizeForEffect.js';
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
export function sequentialPowerAtDelta(design, totalUnits, delta) {
    const se = effectStandardErrors(design, totalUnits, delta).alternative;
    const rho = sequentialRho(design.alpha, design.tuning ?? DEFAULT_TUNING, design.sides === 'two');
    const h = sequentialHalfWidthFactor(totalUnits, rho, design.alpha, design.sides);
    if (design.sides === 'two')
        return normalCdf((delta - h * se) / se) + normalCdf((-delta - h * se) / se);
    const signed = design.sides === 'greater' ? delta : -delta;
    return normalCdf((signed - h * se) / se);
}
/** Power of the sequential analysis for `totalUnits` and an effect (absolute or relative). O(1). */
export function sequentialPowerForEffect(design, totalUnits, effect) {
    validateDesign(design);
    if (!(totalUnits > 0))
        throw new RangeError(`total units ${totalUnits} must be positive`);
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
export function sequentialSampleSize(design, effect, power) {
    validateDesign(design);
    if (!(power > 0 && power < 1))
        throw new RangeError(`power ${power} must be in (0, 1)`);
    const delta = absoluteEffect(design, effect);
    if (delta === 0)
        throw new RangeError('an effect of zero cannot be detected');
    const f = (total) => sequentialPowerAtDelta(design, total, delta);
    let high = 4;
    while (f(high) < power) {
        high *= 2;
        if (high > 1e16)
            throw new RangeError('the effect is too small to detect with any realistic sample');
    }
    const exactTotal = bisectIncreasing(f, power, 2, high);
    const [sc, st] = normalisedSplit(design);
    const roundUp = (units) => Math.max(2, Math.ceil(units * (1 - 1e-12)));
    const perArm = [roundUp(exactTotal * sc), roundUp(exactTotal * st)];
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
export function sequentialMinimumDetectableEffect(design, totalUnits, power) {
    validateDesign(design);
    if (!(totalUnits > 0))
        throw new RangeError(`total units ${totalUnits} must be positive`);
    if (!(power > 0 && power < 1))
        throw new RangeError(`power ${power} must be in (0, 1)`);
    const direction = design.sides === 'less' ? -1 : 1;
    const f = (magnitude) => sequentialPowerAtDelta(design, totalUnits, direction * magnitude);
    const upper = searchLimit(design, totalUnits, direction);
    if (f(upper) < power)
        return null;
    return effectSize(design, direction * bisectIncreasing(f, power, 0, upper));
}
/** Rates must stay inside (0, 1); for means, 100 fixed-horizon standard errors is plenty. */
function searchLimit(design, totalUnits, direction) {
    if (design.kind === 'proportion')
        return (direction > 0 ? 1 - design.baseline : design.baseline) * (1 - 1e-12);
    const [sc, st] = normalisedSplit(design);
    return 100 * design.sd * Math.sqrt(1 / (totalUnits * sc) + 1 / (totalUnits * st));
}
//# sourceMappingURL=sequentialPower.js.map