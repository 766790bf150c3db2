import { bernoulli } from '../../sim/random/bernoulli.js';
import type { Rng } from '../../sim/random/Rng.js';

/** Buyers among `viewers` who each buy with probability `p` (one Bernoulli draw per viewer). */
export function binomialDraw(rng: Rng, viewers: number, p: number): number {
  const buys = bernoulli(rng)(p);
  let buyers = 0;
  for (let viewer = 0; viewer < viewers; viewer++) if (buys()) buyers++;
  return buyers;
}

/** Sufficient statistics of a 0/1 metric: n viewers, `buyers` ones. */
export function conversionStats(viewers: number, buyers: number): { n: number; sum: number; sumSquares: number } {
  return { n: viewers, sum: buyers, sumSquares: buyers };
}
