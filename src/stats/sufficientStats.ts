import { addRegressionSums, type RegressionSums } from './regression/regressionSums.js';

/**
 * Sufficient statistics: everything the engine needs to know about one arm of one metric.
 * Immutable and addable, so a CSV pass, simulator replicates or a SQL `GROUP BY` feed the same
 * code (the design of GrowthBook's gbstats).
 *
 * For a metric x over n units: n, Σx, Σx². A CUPED covariate z adds Σz, Σz², Σxz. A ratio metric
 * x / d adds the denominator's Σd, Σd², Σxd. CUPED on a ratio metric adds the pre-period
 * numerator x₀ and denominator d₀ with every cross-product (`RatioCovariateSums`).
 */

/** Σy, Σy² of a second variable y, and its cross-product Σxy with the metric x. */
export interface PairedSums {
  readonly sum: number;
  readonly sumSquares: number;
  readonly sumProduct: number;
  /** When set, y was accumulated as y − shift in all three sums (see MetricStats.shift). */
  readonly shift?: number;
}

/**
 * Pre-period numerator x₀ and denominator d₀ of a ratio metric x / d, for CUPED: with the metric's
 * own Σx, Σx², Σd, Σd², Σxd these give the full 4 × 4 covariance matrix of (x, d, x₀, d₀).
 */
export interface RatioCovariateSums {
  /** Σx₀, Σx₀², and Σx·x₀ (product with the metric's numerator). */
  readonly numerator: PairedSums;
  /** Σd₀, Σd₀², and Σx·d₀ (product with the metric's numerator). */
  readonly denominator: PairedSums;
  /** Σd·x₀: metric denominator × pre-period numerator. */
  readonly sumDenominatorNumerator: number;
  /** Σd·d₀: metric denominator × pre-period denominator. */
  readonly sumDenominatorDenominator: number;
  /** Σx₀·d₀: pre-period numerator × pre-period denominator. */
  readonly sumNumeratorDenominator: number;
}

export interface MetricStats {
  readonly n: number;
  readonly sum: number;
  readonly sumSquares: number;
  /**
   * When set, x was accumulated as x − shift (in Σx, Σx² and every cross-product with x), a value
   * near the data such as the first one: Σ(x − K)² − (Σ(x − K))²/n cannot cancel the way
   * Σx² − (Σx)²/n does for 1e12 ± 100 (Chan, Golub & LeVeque 1983, "Algorithms for computing the
   * sample variance", Am. Stat. 37:242–247, the shifted-data algorithm). Variances and
   * covariances are shift-invariant; means add the shift back (`mean`, `pairedMean`). Mean
   * metrics only: a proportion's or a ratio's sums are raw (`unshifted`).
   */
  readonly shift?: number;
  /** Pre-period covariate z for CUPED: Σz, Σz², Σxz. */
  readonly covariate?: PairedSums;
  /** Denominator d of a ratio metric x / d: Σd, Σd², Σxd. */
  readonly denominator?: PairedSums;
  /** Pre-period numerator and denominator of a ratio metric, for CUPED on ratios. */
  readonly ratioCovariate?: RatioCovariateSums;
  /**
   * Regression-adjustment sums (several covariates, missing indicators, clusters) of a mean or
   * proportion metric; when both arms carry them CUPED is the robust regression of
   * `regressionAdjustment` instead of the `covariate` formula. Shifted like the CSV columns.
   */
  readonly regression?: RegressionSums;
}

export const EMPTY_STATS: MetricStats = Object.freeze({ n: 0, sum: 0, sumSquares: 0 });

/**
 * Statistics of a concatenation are the sums of the parts' statistics, around a's shifts (b's
 * sums moved there directly, never through raw sums, by {@link moveShift}; an empty a takes b's
 * shifts, so a running total started from EMPTY_STATS keeps the first value's shift).
 */
export function addStats(a: MetricStats, b: MetricStats): MetricStats {
  if (a.n === 0 && b.n > 0 && !a.regression) return addStats(b, a);
  // Regression sums add only around the same shifts (as the cells of one CSV pass).
  const regression = a.regression && b.regression && sameShifts(a, b) ? addRegressionSums(a.regression, b.regression) : undefined;
  const covariateShift = a.covariate?.shift ?? (a.covariate ? 0 : b.covariate?.shift ?? 0);
  b = moveShift(b, a.shift ?? 0, covariateShift);
  return {
    n: a.n + b.n,
    sum: a.sum + b.sum,
    sumSquares: a.sumSquares + b.sumSquares,
    ...(a.shift !== undefined ? { shift: a.shift } : {}),
    ...(a.covariate || b.covariate ? { covariate: addPaired(a.covariate, b.covariate, covariateShift) } : {}),
    ...(a.denominator || b.denominator ? { denominator: addPaired(a.denominator, b.denominator, 0) } : {}),
    ...(a.ratioCovariate || b.ratioCovariate ? { ratioCovariate: addRatioCovariate(a.ratioCovariate, b.ratioCovariate) } : {}),
    ...(regression ? { regression } : {}),
  };
}

/**
 * The statistics of one value x as a shifted running total starts them: n = 1, Σ(x − K) = 0,
 * Σ(x − K)² = 0 around K = x. Adding further values with {@link addStats} keeps this shift.
 */
export function statsOfValue(x: number): MetricStats {
  return x === 0 ? { n: 1, sum: 0, sumSquares: 0 } : { n: 1, sum: 0, sumSquares: 0, shift: x };
}

/**
 * The same statistics around shift K for x and L for the covariate z, moved directly
 * (Chan, Golub & LeVeque 1983): with δ = K_b − K and ε = L_b − L,
 *   Σ(x − K) = Σ(x − K_b) + nδ,  Σ(x − K)² = Σ(x − K_b)² + 2δΣ(x − K_b) + nδ²,
 *   Σ(x − K)(z − L) = Σ(x − K_b)(z − L_b) + δΣ(z − L_b) + εΣ(x − K_b) + nδε,
 * and every other cross-product with x gains δ times the other variable's sum. Exact when the
 * shifts agree (δ = ε = 0 returns the statistics unchanged), and free of the cancellation of
 * going through raw sums when the values are far from 0.
 */
export function moveShift(stats: MetricStats, k: number, l = stats.covariate?.shift ?? 0): MetricStats {
  const delta = (stats.shift ?? 0) - k;
  const epsilon = (stats.covariate?.shift ?? 0) - l;
  if (delta === 0 && epsilon === 0) return stats;
  const { n, sum } = stats;
  const cross = (paired: PairedSums, shiftDelta = 0): PairedSums => ({
    sum: paired.sum + n * shiftDelta,
    sumSquares: paired.sumSquares + 2 * shiftDelta * paired.sum + n * shiftDelta * shiftDelta,
    sumProduct: paired.sumProduct + delta * paired.sum + shiftDelta * sum + n * delta * shiftDelta,
  });
  const { shift: _shift, ...rest } = stats;
  const ratio = stats.ratioCovariate;
  return {
    ...rest,
    sum: sum + n * delta,
    sumSquares: stats.sumSquares + 2 * delta * sum + n * delta * delta,
    ...(k !== 0 ? { shift: k } : {}),
    ...(stats.covariate ? { covariate: { ...cross(stats.covariate, epsilon), ...(l !== 0 ? { shift: l } : {}) } } : {}),
    ...(stats.denominator ? { denominator: cross(stats.denominator) } : {}),
    ...(ratio ? { ratioCovariate: { ...ratio, numerator: cross(ratio.numerator), denominator: cross(ratio.denominator) } } : {}),
  };
}

function sameShifts(a: MetricStats, b: MetricStats): boolean {
  return (a.shift ?? 0) === (b.shift ?? 0) && (a.covariate?.shift ?? 0) === (b.covariate?.shift ?? 0) && String(a.regression?.shifts ?? []) === String(b.regression?.shifts ?? []);
}

function addRatioCovariate(a: RatioCovariateSums | undefined, b: RatioCovariateSums | undefined): RatioCovariateSums {
  return {
    numerator: addPaired(a?.numerator, b?.numerator, 0),
    denominator: addPaired(a?.denominator, b?.denominator, 0),
    sumDenominatorNumerator: (a?.sumDenominatorNumerator ?? 0) + (b?.sumDenominatorNumerator ?? 0),
    sumDenominatorDenominator: (a?.sumDenominatorDenominator ?? 0) + (b?.sumDenominatorDenominator ?? 0),
    sumNumeratorDenominator: (a?.sumNumeratorDenominator ?? 0) + (b?.sumNumeratorDenominator ?? 0),
  };
}

function addPaired(a: PairedSums | undefined, b: PairedSums | undefined, shift: number): PairedSums {
  return {
    sum: (a?.sum ?? 0) + (b?.sum ?? 0),
    sumSquares: (a?.sumSquares ?? 0) + (b?.sumSquares ?? 0),
    sumProduct: (a?.sumProduct ?? 0) + (b?.sumProduct ?? 0),
    ...(shift !== 0 ? { shift } : {}),
  };
}

/** Sufficient statistics of raw values (and optional paired covariate / denominator values). */
export function statsFromValues(
  values: ArrayLike<number>,
  paired: {
    covariate?: ArrayLike<number>;
    denominator?: ArrayLike<number>;
    /** Pre-period numerator and denominator of a ratio metric (needs `denominator` too). */
    ratioCovariate?: { numerator: ArrayLike<number>; denominator: ArrayLike<number> };
  } = {},
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
  if (paired.ratioCovariate) {
    if (!paired.denominator) throw new Error('statsFromValues: a ratio covariate needs the denominator values');
    stats.ratioCovariate = ratioCovariateFromValues(values, paired.denominator, paired.ratioCovariate);
  }
  return stats;
}

function ratioCovariateFromValues(
  x: ArrayLike<number>,
  d: ArrayLike<number>,
  pre: { numerator: ArrayLike<number>; denominator: ArrayLike<number> },
): RatioCovariateSums {
  const numerator = pairedFromValues(x, pre.numerator);
  const denominator = pairedFromValues(x, pre.denominator);
  return {
    numerator,
    denominator,
    sumDenominatorNumerator: pairedFromValues(d, pre.numerator).sumProduct,
    sumDenominatorDenominator: pairedFromValues(d, pre.denominator).sumProduct,
    sumNumeratorDenominator: pairedFromValues(pre.numerator, pre.denominator).sumProduct,
  };
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

/** Sample mean K + Σ(x − K) / n (NaN for an empty arm; callers check n first and warn). */
export function mean(stats: MetricStats): number {
  return (stats.shift ?? 0) + stats.sum / stats.n;
}

/** Mean of a paired variable over n units. */
export function pairedMean(paired: PairedSums, n: number): number {
  return (paired.shift ?? 0) + paired.sum / n;
}

/**
 * Raw sums (no shift) of shifted statistics: Σx = Σ(x − K) + nK, Σx² = Σ(x − K)² + 2KΣ(x − K) + nK²,
 * Σxz = Σ(x − K)(z − L) + LΣ(x − K) + KΣ(z − L) + nKL. Exact for the 0/1 values of a proportion
 * and the small integers of counts; for a ratio metric's numerator and denominator, which are
 * never shifted, this is the identity.
 */
export function unshifted(stats: MetricStats): MetricStats {
  const k = stats.shift ?? 0;
  const pairedRaw = (paired: PairedSums | undefined): PairedSums | undefined => {
    if (!paired) return undefined;
    const l = paired.shift ?? 0;
    if (k === 0 && l === 0) return { sum: paired.sum, sumSquares: paired.sumSquares, sumProduct: paired.sumProduct };
    return {
      sum: paired.sum + stats.n * l,
      sumSquares: paired.sumSquares + 2 * l * paired.sum + stats.n * l * l,
      sumProduct: paired.sumProduct + l * stats.sum + k * paired.sum + stats.n * k * l,
    };
  };
  const { shift: _shift, covariate, ...rest } = stats;
  const raw = k === 0 ? rest : { ...rest, sum: stats.sum + stats.n * k, sumSquares: stats.sumSquares + 2 * k * stats.sum + stats.n * k * k };
  return covariate ? { ...raw, covariate: pairedRaw(covariate)! } : raw;
}

/** Unbiased sample covariance (Σxy − ΣxΣy/n) / (n − 1) from sums (0 when n < 2). */
export function sampleCovariance(n: number, sumX: number, sumY: number, sumProduct: number): number {
  if (n < 2) return 0;
  return (sumProduct - (sumX * sumY) / n) / (n - 1);
}

/** Unbiased sample variance (Σx² − (Σx)²/n) / (n − 1), clamped at 0 against rounding. */
export function sampleVariance(stats: MetricStats): number {
  if (stats.n < 2) return 0;
  return Math.max(0, (stats.sumSquares - (stats.sum * stats.sum) / stats.n) / (stats.n - 1));
}
