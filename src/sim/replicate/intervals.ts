import { studentTQuantile } from '../../stats/distributions/index.js';

/**
 * Quantile of a sample by linear interpolation between order statistics (Hyndman & Fan type 7,
 * the default of R's `quantile` and NumPy's `percentile`): h = (n − 1)·p, x₍⌊h⌋₎ + (h − ⌊h⌋)(x₍⌊h⌋+1₎ − x₍⌊h⌋₎).
 * Source: Hyndman & Fan (1996), "Sample quantiles in statistical packages", Am. Stat. 50(4).
 *
 * @example
 * quantileType7([1, 2, 3, 4], 0.5); // 2.5
 */
export function quantileType7(values: readonly number[], p: number): number {
  if (values.length === 0) throw new RangeError('quantileType7: empty sample');
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const low = Math.floor(h);
  const high = Math.min(sorted.length - 1, low + 1);
  return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
}

/** Central percentile interval [q(α/2), q(1 − α/2)] of replicate outcomes. */
export function percentileInterval(values: readonly number[], level = 0.95): [number, number] {
  const alpha = 1 - level;
  return [quantileType7(values, alpha / 2), quantileType7(values, 1 - alpha / 2)];
}

/** Sample mean and standard deviation (n − 1 denominator; 0 for a single value). */
export function meanAndSd(values: readonly number[]): { mean: number; sd: number } {
  const n = values.length;
  const mean = values.reduce((sum, value) => sum + value, 0) / n;
  if (n < 2) return { mean, sd: 0 };
  const squares = values.reduce((sum, value) => sum + (value - mean) * (value - mean), 0);
  return { mean, sd: Math.sqrt(squares / (n - 1)) };
}

/**
 * Student-t interval for the mean over replicates: mean ± t(1 − α/2, n − 1)·sd/√n; a single
 * replicate gives [mean, mean] (no spread can be estimated). Source: any statistics text, e.g.
 * Wasserman (2004), All of Statistics, §6.3.2.
 */
export function tInterval(values: readonly number[], level = 0.95): [number, number] {
  const { mean, sd } = meanAndSd(values);
  const n = values.length;
  if (n < 2) return [mean, mean];
  const half = (studentTQuantile(1 - (1 - level) / 2, n - 1) * sd) / Math.sqrt(n);
  return [mean - half, mean + half];
}
