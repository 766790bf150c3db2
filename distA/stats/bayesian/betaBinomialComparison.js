import { normalQuantile } from '../distributions/index.js';
import { betaMoments, MAX_EXACT_TERMS, probabilityBetaGreater } from './probabilityBetaGreater.js';
import { normalDecisionSummary } from './gaussianBayesian.js';
/**
 * Beta-Binomial comparison of two conversion rates (sum = conversions, n = units per arm): posterior
 * Beta(prior.α + conversions, prior.β + n − conversions) per arm, and for Δ = p_B − p_A:
 *
 *   chanceToWin  = P(p_B > p_A)                                    (exact, `probabilityBetaGreater`)
 *   risk.control = E[max(Δ, 0)]  = μB·P(B⁺ > A) − μA·P(B > A⁺)
 *   risk.variant = E[max(−Δ, 0)] = μA·P(A⁺ > B) − μB·P(A > B⁺)
 *
 * where A⁺ ~ Beta(αA + 1, βA) (since x·Beta(α, β) density = μ·Beta(α + 1, β) density); Chris
 * Stucchio, "Bayesian A/B testing at VWO" (2015), §"expected loss". The credible interval is the
 * normal approximation mean(Δ) ± z·sd(Δ) with the exact posterior moments (the difference of two
 * Betas has no closed-form quantiles). Above the exact-sum size everything uses the normal
 * approximation (method `normal`).
 */
export function betaBinomialComparison(control, treatment, options = {}) {
    const alpha = options.alpha ?? 0.05;
    const prior = options.prior ?? { alpha: 1, beta: 1 };
    const a = posterior(control, prior);
    const b = posterior(treatment, prior);
    const ma = betaMoments(a);
    const mb = betaMoments(b);
    const posteriorMean = mb.mean - ma.mean;
    const posteriorSd = Math.sqrt(ma.variance + mb.variance);
    const z = normalQuantile(1 - alpha / 2);
    const ci = [posteriorMean - z * posteriorSd, posteriorMean + z * posteriorSd];
    const maxTerms = options.maxExactTerms ?? MAX_EXACT_TERMS;
    const plus = (p) => ({ alpha: p.alpha + 1, beta: p.beta });
    const probabilities = [
        probabilityBetaGreater(a, b, maxTerms), // P(B > A)
        probabilityBetaGreater(a, plus(b), maxTerms), // P(B⁺ > A)
        probabilityBetaGreater(plus(a), b, maxTerms), // P(B > A⁺)
        probabilityBetaGreater(b, plus(a), maxTerms), // P(A⁺ > B)
        probabilityBetaGreater(plus(b), a, maxTerms), // P(A > B⁺)
    ];
    if (probabilities.some((p) => p.method === 'normal')) {
        return { ...normalDecisionSummary(posteriorMean, posteriorSd), ci, posteriorMean, posteriorSd, method: 'normal' };
    }
    const [win, bPlusWins, bWinsOverAPlus, aPlusWins, aWinsOverBPlus] = probabilities.map((p) => p.probability);
    // Each loss from its own pair of direct sums: no subtraction of nearly equal large terms.
    const risk = {
        control: Math.max(0, mb.mean * bPlusWins - ma.mean * bWinsOverAPlus),
        variant: Math.max(0, ma.mean * aPlusWins - mb.mean * aWinsOverBPlus),
    };
    return { chanceToWin: win, risk, ci, posteriorMean, posteriorSd, method: 'exact' };
}
function posterior(stats, prior) {
    if (!(prior.alpha > 0 && prior.beta > 0))
        throw new RangeError(`Beta prior parameters must be positive, got ${prior.alpha}, ${prior.beta}`);
    if (!(stats.sum >= 0 && stats.sum <= stats.n))
        throw new RangeError(`conversions ${stats.sum} must lie in [0, n = ${stats.n}]`);
    return { alpha: prior.alpha + stats.sum, beta: prior.beta + stats.n - stats.sum };
}
//# sourceMappingURL=betaBinomialComparison.js.map