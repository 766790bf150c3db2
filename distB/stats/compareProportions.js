import { comparisonFromMoments } from './comparisonFromMoments.js';
import { liftMoments } from './liftMoments.js';
import { DEFAULT_ANALYSIS_OPTIONS } from './types.js';
import { waldEstimate } from './waldEstimate.js';
import { warning } from './warnings.js';
/**
 * Two-proportion z-test (`sum` = conversions), with absolute and relative lift.
 *
 * - p-value: pooled standard error √(p̄(1 − p̄)(1/n_c + 1/n_t)), p̄ = (x_c + x_t)/(n_c + n_t) — the
 *   score test under H₀: p_t = p_c, as statsmodels `proportions_ztest` (default) and R `prop.test`
 *   (correct = FALSE); two-sided it equals Pearson's chi-square on the 2×2 table (scipy
 *   `chi2_contingency(correction=False)`). Pooling uses the variance that holds under H₀, which
 *   keeps the size near alpha for small or extreme rates.
 * - interval: unpooled (Wald) standard error √(p_t(1 − p_t)/n_t + p_c(1 − p_c)/n_c), as statsmodels
 *   `confint_proportions_2indep(method='wald')` and GrowthBook: under H₁ the arms differ.
 * The two can disagree by a hair at the boundary (p just under alpha, interval just touching 0).
 * Relative lift p_t / p_c − 1: delta or Fieller on the unpooled variances, normal reference. O(1).
 *
 * Warnings: EMPTY_ARM, TOO_FEW_UNITS, ZERO_VARIANCE, FEW_CONVERSIONS (< 5 successes or failures
 * in an arm), NON_POSITIVE_CONTROL_MEAN, FIELLER_*.
 *
 * @example compareProportions({ n: 1000, sum: 100, sumSquares: 100 }, { n: 1000, sum: 130, sumSquares: 130 }).absolute.pValue // 0.0357…
 */
export function compareProportions(control, treatment, options = DEFAULT_ANALYSIS_OPTIONS) {
    const moments = liftMoments(control, treatment, 'proportion');
    if (!moments.estimable)
        return comparisonFromMoments(moments, options);
    const pooledRate = (control.sum + treatment.sum) / (control.n + treatment.n);
    const pooledSe = Math.sqrt(pooledRate * (1 - pooledRate) * (1 / control.n + 1 / treatment.n));
    const pValue = waldEstimate(moments.absolute.estimate, pooledSe, { kind: 'normal' }, options.alpha, options.sides).pValue;
    const comparison = comparisonFromMoments(moments, options, pValue);
    return { ...comparison, warnings: [...comparison.warnings, ...fewConversions(control, treatment)] };
}
function fewConversions(control, treatment) {
    const arms = [['control', control], ['treatment', treatment]];
    const few = arms.filter(([, arm]) => Math.min(arm.sum, arm.n - arm.sum) < 5).map(([name]) => name);
    return few.length > 0 ? [warning('FEW_CONVERSIONS', few.join(', '))] : [];
}
//# sourceMappingURL=compareProportions.js.map