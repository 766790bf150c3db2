import type { Rng } from './Rng.js';
import { marsagliaTsang } from './marsagliaTsang.js';
import { requirePositive, requireRng } from './parameterChecks.js';
import { pow } from '../../math/index.js';

/**
 * Gamma with the given shape k and scale θ (default 1): mean kθ, variance kθ².
 * Shape ≥ 1 uses Marsaglia & Tsang (2000) directly. Shape < 1 uses their boost:
 * if G ~ Gamma(k + 1) and U ~ U(0, 1] then G·U^(1/k) ~ Gamma(k).
 * Source: Marsaglia & Tsang (2000), ACM TOMS 26(3), §6 (the case k < 1).
 *
 * @example
 * const basket = gamma(rng)(2, 50); // mean 100
 */
export const gamma =
  (rng: Rng) =>
  (shape: number, scale = 1): (() => number) => {
    requireRng('gamma', rng);
    requirePositive('gamma', 'shape', shape);
    requirePositive('gamma', 'scale', scale);
    if (shape >= 1) {
      const standard = marsagliaTsang(rng, shape);
      return () => scale * standard();
    }
    const boosted = marsagliaTsang(rng, shape + 1);
    const inverseShape = 1 / shape;
    // 1 − rng() lies in (0, 1], so the power is never 0^(1/k) from an exact-zero draw.
    return () => scale * boosted() * pow(1 - rng(), inverseShape);
  };
