import { requireRng } from './parameterChecks.js';
/**
 * Bernoulli trial: `true` with probability p. Uses one draw per call (`rng() < p`), so p = 0
 * never succeeds and p = 1 always does.
 *
 * @example
 * const buys = bernoulli(rng)(0.2);
 * buys(); // true about one time in five
 */
export const bernoulli = (rng) => (p) => {
    requireRng('bernoulli', rng);
    if (!(p >= 0 && p <= 1))
        throw new RangeError(`bernoulli: p must be in [0, 1], got ${p}`);
    return () => rng() < p;
};
//# sourceMappingURL=bernoulli.js.map