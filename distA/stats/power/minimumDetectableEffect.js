import { normalisedSplit, validateDesign } from './powerDesign.js';
import { bisectIncreasing } from './bisect.js';
import { powerAtDelta } from './powerForEffect.js';
import { effectSize } from './sampleSizeForEffect.js';
/**
 * Smallest true effect that `totalUnits` (all arms) detect with probability `power`: solves
 * powerForEffect(δ) = power for δ > 0 (sides 'two' and 'greater': an increase) or δ < 0 ('less'),
 * by bisection. For proportions δ is bounded by the rates staying in (0, 1); returns null when no
 * such effect reaches the power. O(log) power evaluations.
 *
 * For means one-sided this is the closed form (z₁₋α + z_power)·σ√(1/n_c + 1/n_t).
 *
 * @example minimumDetectableEffect({ kind: 'mean', baseline: 10, sd: 2, alpha: 0.05, sides: 'greater', split: [50, 50] }, 200, 0.8)?.absolute // 0.7033…
 */
export function minimumDetectableEffect(design, totalUnits, power) {
    validateDesign(design);
    if (!(totalUnits > 0))
        throw new RangeError(`total units ${totalUnits} must be positive`);
    if (!(power > 0 && power < 1))
        throw new RangeError(`power ${power} must be in (0, 1)`);
    const direction = design.sides === 'less' ? -1 : 1;
    const f = (magnitude) => powerAtDelta(design, totalUnits, direction * magnitude);
    const upper = largestMagnitude(design, totalUnits, direction);
    if (f(upper) < power)
        return null;
    return effectSize(design, direction * bisectIncreasing(f, power, 0, upper));
}
/** The search range: rates must stay inside (0, 1); for means, 40 standard errors is plenty. */
function largestMagnitude(design, totalUnits, direction) {
    if (design.kind === 'proportion') {
        const room = direction > 0 ? 1 - design.baseline : design.baseline;
        return room * (1 - 1e-12);
    }
    const [sc, st] = normalisedSplit(design);
    return 40 * design.sd * Math.sqrt(1 / (totalUnits * sc) + 1 / (totalUnits * st));
}
//# sourceMappingURL=minimumDetectableEffect.js.map