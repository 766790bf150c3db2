import { normalQuantile } from '../../stats/index.js';
/**
 * Wilson score interval for a binomial proportion k / n at level 1 − alpha (Wilson 1927,
 * JASA 22:209–212; Agresti & Coull 1998, Am. Stat. 52:119–126):
 *
 *   centre = (p̂ + z²/2n) / (1 + z²/n),  half = z/(1 + z²/n) · √(p̂(1 − p̂)/n + z²/4n²)
 *
 * with z = Φ⁻¹(1 − α/2); as scipy `binomtest(k, n).proportion_ci(method='wilson')`. Used for the
 * Monte-Carlo rates of an experiment (power, false-positive rate, coverage). [NaN, NaN] when n = 0.
 *
 * @example wilsonInterval(10, 200) // [0.0274…, 0.0897…]
 */
export function wilsonInterval(successes, n, alpha = 0.05) {
    if (!(n > 0))
        return [NaN, NaN];
    if (!(successes >= 0 && successes <= n))
        throw new RangeError(`successes ${successes} must lie in [0, ${n}]`);
    const z = normalQuantile(1 - alpha / 2);
    const p = successes / n;
    const z2 = z * z;
    const denominator = 1 + z2 / n;
    const centre = (p + z2 / (2 * n)) / denominator;
    const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
    return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
//# sourceMappingURL=wilsonInterval.js.map