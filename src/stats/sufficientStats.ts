/**
 * Sufficient statistics: everything the engine needs to know about one arm of one metric.
 * Immutable and addable, so a CSV pass, simulator replicates or a SQL `GROUP BY` feed the same
 * code (the design of GrowthBook's gbstats).
 *
 * For a metric x over n units: n, Σx, Σx². A CUPED covariate z adds Σz, Σz², Σxz. A ratio metric
 * x / d adds the denominator's Σd, Σd², Σxd.
 */

/** Σy, Σy² of a second variable y, and its cross-product Σxy with the metric x. */
export interface PairedSums {
  readonly sum: number;
  readonly sumSquares: number;
  readonly sumProduct: number;
}

export interface MetricStats {
  readonly n: number;
  readonly sum: number;
  readonly sumSquares: number;
  /** Pre-period covariate z for CUPED: Σz, Σz², Σxz. */
  readonly covariate?: PairedSums;
  /** Denominator d of a ratio metric x / d: Σd, Σd², Σxd. */
  readonly denominator?: PairedSums;
}

export const EMPTY_STATS: MetricStats = Object.freeze({ n: 0, sum: 0, sumSquares: 0 });

/** Statistics of a concatenation are the sums of the parts' statistics. */
export function addStats(a: MetricStats, b: MetricStats): MetricStats {
  return {
    n: a.n + b.n,
    sum: a.sum + b.sum,
    sumSquares: a.sumSquares + b.sumSquares,
    ...(a.covariate || b.covariate ? { covariate: addPaired(a.covariate, b.covariate) } : {}),
    ...(a.denominator || b.denominator ? { denominator: addPaired(a.denominator, b.denominator) } : {}),
  };
}

function addPaired(a: PairedSums | undefined, b: PairedSums | undefined): PairedSums {
  return {
    sum: (a?.sum ?? 0) + (b?.sum ?? 0),
    sumSquares: (a?.sumSquares ?? 0) + (b?.sumSquares ?? 0),
    sumProduct: (a?.sumProduct ?? 0) + (b?.sumProduct ?? 0),
  };
}

/** Sufficient statistics of raw values (and optional paired covariate / denominator values). */
export function statsFromValues(
  values: ArrayLike<number>,
  paired: { covariate?: ArrayLike<number>; denominator?: ArrayLike<number> } = {},
): MetricStats {
  let sum = 0;
  let sumSquares = 0;
  for (let i = 0; i < values.length; i++) {
    sum += values[i];
    sumSquares += values[i] * values[i];
  }
  const stats: { -readonly [K in keyof MetricStats]: MetricStats[K] } = { n: values.length, sum, sumSquares };
  if (paired.covariate) stats.covariate = pairedFromValues(values, paired.covariate);
  if (paired.denominator) stats.denominator = pairedFromValues(values, paired.denominator);
  return stats;
}

function pairedFromValues(x: ArrayLike<number>, y: ArrayLike<number>): PairedSums {
  if (y.length !== x.length) throw new Error(`paired values have length ${y.length}, expected ${x.length}`);
  let sum = 0;
  let sumSquares = 0;
  let sumProduct = 0;
  for (let i = 0; i < y.length; i++) {
    sum += y[i];
    sumSquares += y[i] * y[i];
    sumProduct += x[i] * y[i];
  }
  return { sum, sumSquares, sumProduct };
}

/** Sample mean Σx / n (NaN for an empty arm; callers check n first and warn). */
export function mean(stats: MetricStats): number {
  return stats.sum / stats.n;
}

/** Unbiased sample variance (Σx² − (Σx)²/n) / (n − 1), clamped at 0 against rounding. */
export function sampleVariance(stats: MetricStats): number {
  if (stats.n < 2) return 0;
  return Math.max(0, (stats.sumSquares - (stats.sum * stats.sum) / stats.n) / (stats.n - 1));
}
