import { normalQuantile } from '../../stats/distributions/index.js';
/**
 * Wilson score interval for a binomial proportion (Wilson 1927; recommended by Brown, Cai &
 * DasGupta 2001, "Interval estimation for a binomial proportion", Statistical Science 16(2)):
 *
 *   centre = (p̂ + z²/2m) / (1 + z²/m),   half-width = z·√(p̂(1 − p̂)/m + z²/4m²) / (1 + z²/m)
 *
 * with z = Φ⁻¹(1 − (1 − confidence)/2). Used for the Monte-Carlo error of simulated power and
 * shares of replicates. Same as scipy `binomtest(k, m).proportion_ci(method='wilson')`. O(1).
 *
 * @example wilsonInterval(80, 100, 0.95) // [0.7111…, 0.8666…]
 */
export function wilsonInterval(successes, trials, confidence) {
    if (!(trials > 0) || successes < 0 || successes > trials)
        throw new RangeError(`wilsonInterval: ${successes} of ${trials}`);
    const z = normalQuantile(1 - (1 - confidence) / 2);
    const p = successes / trials;
    const z2m = (z * z) / trials;
    const centre = (p + z2m / 2) / (1 + z2m);
    const half = (z * Math.sqrt(p * (1 - p) / trials + z2m / (4 * trials))) / (1 + z2m);
    return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
//# sourceMappingURL=wilsonInterval.js.map