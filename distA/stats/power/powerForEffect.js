import { normalCdf } from '../distributions/normalCdf.js';
import { normalQuantile } from '../distributions/normalQuantile.js';
import { effectStandardErrors } from './effectStandardErrors.js';
import { absoluteEffect, validateDesign } from './powerDesign.js';
/**
 * Power of the fixed-horizon test for `totalUnits` (all arms) and a true effect, by the normal
 * approximation: with σ₀, σ₁ the standard errors under H₀ and H₁ (`effectStandardErrors`),
 *   two-sided: Φ((δ − z₁₋α/₂σ₀)/σ₁) + Φ((−δ − z₁₋α/₂σ₀)/σ₁)   (both rejection regions)
 *   greater:   Φ((δ − z₁₋ασ₀)/σ₁);   less: Φ((−δ − z₁₋ασ₀)/σ₁).
 * Means: statsmodels `NormalIndPower().power(effect_size=δ/σ, nobs1=n_c, ratio=n_t/n_c)`.
 * Proportions: R `power.prop.test(strict = TRUE)` for equal split (Fleiss without continuity
 * correction), generalised to any split. O(1).
 *
 * @example powerForEffect({ kind: 'mean', baseline: 10, sd: 2, alpha: 0.05, sides: 'two', split: [50, 50] }, 200, { value: 0.8, relative: false }) // 0.807…
 */
export function powerForEffect(design, totalUnits, effect) {
    validateDesign(design);
    if (!(totalUnits > 0))
        throw new RangeError(`total units ${totalUnits} must be positive`);
    return powerAtDelta(design, totalUnits, absoluteEffect(design, effect));
}
/** Power at an absolute effect δ (signed), without validation; used by the solvers. */
export function powerAtDelta(design, totalUnits, delta) {
    const se = effectStandardErrors(design, totalUnits, delta);
    if (design.sides === 'two') {
        const z = -normalQuantile(design.alpha / 2);
        return normalCdf((delta - z * se.null) / se.alternative) + normalCdf((-delta - z * se.null) / se.alternative);
    }
    const z = -normalQuantile(design.alpha);
    const signed = design.sides === 'greater' ? delta : -delta;
    return normalCdf((signed - z * se.null) / se.alternative);
}
//# sourceMappingURL=powerForEffect.js.map