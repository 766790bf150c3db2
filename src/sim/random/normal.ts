import type { Rng } from './Rng.js';
import { requireFinite, requireNonNegative, requireRng } from './parameterChecks.js';
import { log } from '../../math/index.js';

/**
 * Normal (Gaussian) with the given mean and standard deviation (defaults 0 and 1), by
 * Marsaglia's polar method: draw (x, y) uniform in the unit disc, then x·f and y·f with
 * f = √(−2 ln s / s), s = x² + y², are two independent standard normals. The second one is
 * kept for the next call, so each sampler returns pairs; the sequence still depends only on the
 * stream, and the acceptance rate is π/4.
 * Source: Marsaglia & Bray (1964), "A convenient method for generating normal variables",
 * SIAM Review 6(3); Knuth, TAOCP vol. 2, §3.4.1, Algorithm P.
 *
 * @example
 * const noise = normal(rng)(0, 2);
 * noise(); // e.g. −1.73…
 */
export const normal =
  (rng: Rng) =>
  (mean = 0, sd = 1): (() => number) => {
    requireRng('normal', rng);
    requireFinite('normal', 'mean', mean);
    requireNonNegative('normal', 'sd', sd);
    let spare = 0;
    let hasSpare = false;
    return () => {
      if (hasSpare) {
        hasSpare = false;
        return mean + sd * spare;
      }
      let x: number;
      let y: number;
      let s: number;
      do {
        x = 2 * rng() - 1;
        y = 2 * rng() - 1;
        s = x * x + y * y;
      } while (s >= 1 || s === 0);
      const factor = Math.sqrt((-2 * log(s)) / s);
      spare = y * factor;
      hasSpare = true;
      return mean + sd * x * factor;
    };
  };
