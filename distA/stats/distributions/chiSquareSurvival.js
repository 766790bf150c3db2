import { incompleteGammaTails } from './incompleteGamma.js';
/**
 * Chi-square survival function P(χ²_k > x) = Q(k/2, x/2), accurate in the far tail (SRM
 * p-values of 1e-300 stay exact). O(√k).
 *
 * @example chiSquareSurvival(3.841458820694124, 1) // 0.05
 */
export function chiSquareSurvival(x, df) {
    if (!(df > 0))
        throw new RangeError(`chiSquareSurvival: degrees of freedom ${df} must be positive`);
    return incompleteGammaTails(df / 2, x / 2)[1];
}
/** P(χ²_k ≤ x) = P(k/2, x/2). */
export function chiSquareCdf(x, df) {
    if (!(df > 0))
        throw new RangeError(`chiSquareCdf: degrees of freedom ${df} must be positive`);
    return incompleteGammaTails(df / 2, x / 2)[0];
}
//# sourceMappingURL=chiSquareSurvival.js.map