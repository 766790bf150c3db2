import type { Rng } from './Rng.js';
import { marsagliaTsang } from './marsagliaTsang.js';
import { requirePositive, requireRng } from './parameterChecks.js';
import { exp, log } from '../../math/index.js';

/**
 * Beta(a, b) on [0, 1] as X / (X + Y) with X ~ Gamma(a), Y ~ Gamma(b) independent; mean
 * a / (a + b). When a shape is below 1 the gammas are combined on the log scale,
 * ln X = ln G(a + 1) + ln(U) / a, so that tiny shapes (whose gamma variates underflow to 0)
 * still give a valid value instead of 0/0.
 * Source: Devroye (1986), Non-Uniform Random Variate Generation, §IX.4.1 (beta from gammas);
 * Marsaglia & Tsang (2000) for the gammas.
 *
 * @example
 * const interest = beta(rng)(2, 5); // mean 2/7
 */
export const beta =
  (rng: Rng) =>
  (a: number, b: number): (() => number) => {
    requireRng('beta', rng);
    requirePositive('beta', 'a', a);
    requirePositive('beta', 'b', b);
    if (a >= 1 && b >= 1) {
      const x = marsagliaTsang(rng, a);
      const y = marsagliaTsang(rng, b);
      return () => {
        const gx = x();
        return gx / (gx + y());
      };
    }
    const logX = logGammaVariate(rng, a);
    const logY = logGammaVariate(rng, b);
    return () => 1 / (1 + exp(logY() - logX()));
  };

/** ln of a standard Gamma(shape) variate, finite even when the variate itself underflows. */
function logGammaVariate(rng: Rng, shape: number): () => number {
  if (shape >= 1) {
    const standard = marsagliaTsang(rng, shape);
    return () => log(standard());
  }
  const boosted = marsagliaTsang(rng, shape + 1);
  const inverseShape = 1 / shape;
  return () => log(boosted()) + log(1 - rng()) * inverseShape;
}
