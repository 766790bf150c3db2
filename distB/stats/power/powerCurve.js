import { effectSize } from './sampleSizeForEffect.js';
import { powerAtDelta, powerForEffect } from './powerForEffect.js';
import { absoluteEffect, validateDesign } from './powerDesign.js';
/**
 * Power against effect size for a fixed total sample: the data of a power curve (chart builders
 * turn it into a vega-lite spec). Each point is `powerForEffect`. O(points).
 */
export function powerCurve(design, totalUnits, effects) {
    validateDesign(design);
    return effects.map((effect) => ({
        totalUnits,
        effect: effectSize(design, absoluteEffect(design, effect)),
        power: powerForEffect(design, totalUnits, effect),
    }));
}
/** Power against total sample size for a fixed effect. O(points). */
export function sampleSizeCurve(design, effect, totals) {
    validateDesign(design);
    const delta = absoluteEffect(design, effect);
    return totals.map((totalUnits) => ({ totalUnits, effect: effectSize(design, delta), power: powerAtDelta(design, totalUnits, delta) }));
}
/** `count` evenly spaced effects from `to / count` to `to` (never 0, which no test detects). */
export function effectGrid(to, count, relative) {
    return Array.from({ length: count }, (_, i) => ({ value: (to * (i + 1)) / count, relative }));
}
//# sourceMappingURL=powerCurve.js.map