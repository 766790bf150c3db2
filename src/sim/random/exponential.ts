import type { Rng } from './Rng.js';
import { requirePositive, requireRng } from './parameterChecks.js';
import { log1p } from '../../math/index.js';

/**
 * Exponential with the given rate (mean 1 / rate), by inversion: −log(1 − U) / rate.
 * `log1p(−U)` keeps full precision for small U, and 1 − U > 0 because U < 1.
 * Source: Devroye (1986), Non-Uniform Random Variate Generation, §II.2.1.
 *
 * @example
 * const watchTime = exponential(rng)(1 / 300); // mean 300 s
 */
export const exponential =
  (rng: Rng) =>
  (rate: number): (() => number) => {
    requireRng('exponential', rng);
    requirePositive('exponential', 'rate', rate);
    const scale = -1 / rate;
    return () => scale * log1p(-rng());
  };
