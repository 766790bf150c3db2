import { bisectIncreasing } from './bisect.js';
import { powerAtDelta } from './powerForEffect.js';
import { absoluteEffect, normalisedSplit, validateDesign } from './powerDesign.js';
/**
 * Units needed to detect `effect` with probability `power`: solves powerForEffect(N) = power for
 * the total N (bisection; `powerForEffect` documents the formula), then rounds each arm up,
 * n_k = ⌈N·s_k⌉. For an equal split this is the per-arm n of statsmodels
 * `NormalIndPower().solve_power` (means) and R `power.prop.test(strict = TRUE)` (proportions),
 * rounded up. O(log N) power evaluations.
 *
 * @example sampleSizeForEffect({ kind: 'proportion', baseline: 0.1, alpha: 0.05, sides: 'two', split: [50, 50] }, { value: 0.02, relative: false }, 0.8).perArm // [3841, 3841]
 */
export function sampleSizeForEffect(design, effect, power) {
    validateDesign(design);
    if (!(power > 0 && power < 1))
        throw new RangeError(`power ${power} must be in (0, 1)`);
    const delta = absoluteEffect(design, effect);
    if (delta === 0)
        throw new RangeError('an effect of zero cannot be detected');
    const f = (total) => powerAtDelta(design, total, delta);
    let high = 4;
    while (f(high) < power) {
        high *= 2;
        if (high > 1e16)
            throw new RangeError('the effect is too small to detect with any realistic sample');
    }
    const exactTotal = bisectIncreasing(f, power, 2, high);
    const [sc, st] = normalisedSplit(design);
    // Guard against 1e-13 bisection noise turning an exact integer into the next one.
    const roundUp = (units) => Math.max(2, Math.ceil(units * (1 - 1e-12)));
    const perArm = [roundUp(exactTotal * sc), roundUp(exactTotal * st)];
    const achieved = powerAtRounded(design, perArm, delta);
    return { perArm, total: perArm[0] + perArm[1], exactTotal, effect: effectSize(design, delta), power: achieved };
}
/** Power at the rounded arm sizes: the design's split replaced by the actual counts. */
function powerAtRounded(design, perArm, delta) {
    return powerAtDelta({ ...design, split: perArm }, perArm[0] + perArm[1], delta);
}
export function effectSize(design, delta) {
    return { absolute: delta, relative: design.baseline === 0 ? Infinity * Math.sign(delta) : delta / design.baseline };
}
//# sourceMappingURL=sampleSizeForEffect.js.map