import type { Rng } from './Rng.js';
import { normal } from './normal.js';
import { requireFinite, requireNonNegative, requireRng } from './parameterChecks.js';
import { exp } from '../../math/index.js';

/**
 * Log-normal: exp(N(mu, sigma²)). `mu` and `sigma` are the mean and standard deviation of the
 * logarithm, not of the variate; the variate's mean is exp(mu + sigma²/2) and its median exp(mu).
 *
 * @example
 * const basketSize = logNormal(rng)(log(99), 0.4); // median 99
 */
export const logNormal =
  (rng: Rng) =>
  (mu: number, sigma: number): (() => number) => {
    requireRng('logNormal', rng);
    requireFinite('logNormal', 'mu', mu);
    requireNonNegative('logNormal', 'sigma', sigma);
    const logScale = normal(rng)(mu, sigma);
    return () => exp(logScale());
  };
