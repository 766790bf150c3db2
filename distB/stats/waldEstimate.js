import { normalCdf, normalSurvival } from './distributions/normalCdf.js';
import { normalQuantile } from './distributions/normalQuantile.js';
import { studentTCdf, studentTSurvival } from './distributions/studentTCdf.js';
import { studentTQuantile } from './distributions/studentTQuantile.js';
/**
 * p-value and confidence interval of a Wald-type test of "effect = 0" from an estimate and its
 * standard error: statistic s = estimate / se;
 * two-sided p = 2·P(X > |s|), CI = estimate ± q₁₋α/₂·se;
 * greater: p = P(X > s), CI = [estimate − q₁₋α·se, ∞); less: p = P(X < s), CI = (−∞, estimate + q₁₋α·se]
 * (the conventions of scipy `ttest_ind(..., alternative=...)` and its `confidence_interval`). O(1).
 *
 * se = 0 (both arms constant): the interval is the point; p is 1 when the estimate is 0 (or on
 * the null side of a one-sided test) and 0 otherwise. Tail probabilities are computed directly
 * (never 1 − small), so p-values of 1e-300 are exact.
 *
 * @example waldEstimate(1.96, 1, { kind: 'normal' }, 0.05, 'two').pValue // 0.04999579029644087
 */
export function waldEstimate(estimate, se, reference, alpha, sides) {
    if (se === 0)
        return pointEstimate(estimate, sides);
    const statistic = estimate / se;
    const upper = (s) => (reference.kind === 'normal' ? normalSurvival(s) : studentTSurvival(s, reference.df));
    const lower = (s) => (reference.kind === 'normal' ? normalCdf(s) : studentTCdf(s, reference.df));
    const critical = (p) => reference.kind === 'normal' ? -normalQuantile(p) : -studentTQuantile(p, reference.df);
    if (sides === 'two') {
        const pValue = Math.min(1, 2 * upper(Math.abs(statistic)));
        const q = critical(alpha / 2);
        return { estimate, se, ci: [estimate - q * se, estimate + q * se], pValue };
    }
    const q = critical(alpha);
    if (sides === 'greater')
        return { estimate, se, ci: [estimate - q * se, Infinity], pValue: upper(statistic) };
    return { estimate, se, ci: [-Infinity, estimate + q * se], pValue: lower(statistic) };
}
function pointEstimate(estimate, sides) {
    const significant = sides === 'two' ? estimate !== 0 : sides === 'greater' ? estimate > 0 : estimate < 0;
    const ci = sides === 'two' ? [estimate, estimate] : sides === 'greater' ? [estimate, Infinity] : [-Infinity, estimate];
    return { estimate, se: 0, ci, pValue: significant ? 0 : 1 };
}
/** An estimate that carries no information (empty arm, n < 2): se ∞, CI the whole line, p = 1. */
export function uninformativeEstimate(estimate) {
    return { estimate: Number.isFinite(estimate) ? estimate : 0, se: Infinity, ci: [-Infinity, Infinity], pValue: 1 };
}
//# sourceMappingURL=waldEstimate.js.map