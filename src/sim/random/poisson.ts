import type { Rng } from './Rng.js';
import { logFactorial } from './logFactorial.js';
import { requireNonNegative, requireRng } from './parameterChecks.js';
import { exp, log } from '../../math/index.js';

/**
 * Poisson counts with the given mean, exact for every mean.
 * - mean < 10: inversion by sequential search of the CDF (about mean + 1 steps per draw).
 * - mean ≥ 10: PTRS, Hörmann's transformed rejection with squeeze (two uniforms per try,
 *   acceptance > 0.9 over the whole range, O(1) expected time).
 * Source: Hörmann (1993), "The transformed rejection method for generating Poisson random
 * variables", Insurance: Mathematics and Economics 12(1), 39–45; the same constants as NumPy's
 * `random_poisson_ptrs`.
 *
 * @example
 * const chats = poisson(rng)(4.5);
 * chats(); // e.g. 6
 */
export const poisson =
  (rng: Rng) =>
  (mean: number): (() => number) => {
    requireRng('poisson', rng);
    requireNonNegative('poisson', 'mean', mean);
    return mean < 10 ? poissonInversion(rng, mean) : poissonPtrs(rng, mean);
  };

function poissonInversion(rng: Rng, mean: number): () => number {
  const probabilityOfZero = exp(-mean);
  return () => {
    const u = rng();
    let k = 0;
    let probability = probabilityOfZero;
    let cumulative = probability;
    // The CDF reaches 1 − 1e-15 long before k = 200 for mean < 10; the bound only guards rounding.
    while (u > cumulative && k < 200) {
      k++;
      probability *= mean / k;
      cumulative += probability;
    }
    return k;
  };
}

function poissonPtrs(rng: Rng, mean: number): () => number {
  const logMean = log(mean);
  const b = 0.931 + 2.53 * Math.sqrt(mean);
  const a = -0.059 + 0.02483 * b;
  const logInverseAlpha = log(1.1239 + 1.1328 / (b - 3.4));
  const vr = 0.9277 - 3.6224 / (b - 2);
  return () => {
    for (;;) {
      const u = rng() - 0.5;
      const v = rng();
      const us = 0.5 - Math.abs(u);
      const k = Math.floor(((2 * a) / us + b) * u + mean + 0.43);
      if (us >= 0.07 && v <= vr) return k;
      if (k < 0 || (us < 0.013 && v > us)) continue;
      const logAccept = log(v) + logInverseAlpha - log(a / (us * us) + b);
      if (logAccept <= -mean + k * logMean - logFactorial(k)) return k;
    }
  };
}
