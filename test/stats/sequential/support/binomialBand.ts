import { regularizedBeta } from '../../../../src/stats/distributions/index.js';

/**
 * The central `level` band of the observed rate k/trials when k ~ Binomial(trials, p): the
 * smallest k with P(X ≤ k) > (1 − level)/2 and the smallest k with P(X ≤ k) ≥ (1 + level)/2,
 * divided by trials. P(X ≤ k) = I_{1−p}(trials − k, k + 1) (Abramowitz & Stegun 26.5.24).
 *
 * @example binomialBand(2000, 0.05, 0.99) // ≈ [0.0385, 0.0625]
 */
export function binomialBand(trials: number, p: number, level = 0.99): [number, number] {
  const tail = (1 - level) / 2;
  const cdf = (k: number): number => (k >= trials ? 1 : regularizedBeta(1 - p, trials - k, k + 1));
  let low = Math.floor(trials * p);
  while (low > 0 && cdf(low - 1) > tail) low--;
  while (cdf(low) <= tail) low++;
  let high = Math.ceil(trials * p);
  while (high > 0 && cdf(high - 1) >= 1 - tail) high--;
  while (cdf(high) < 1 - tail) high++;
  return [low / trials, high / trials];
}

/** A rate with its count, for the printed tables. */
export function describeRate(label: string, hits: number, trials: number): string {
  return `${label.padEnd(46)} ${(hits / trials).toFixed(4)}  (${hits}/${trials})`;
}
