import { mean, sampleVariance, type MetricStats } from './sufficientStats.js';
import type { MetricKind } from './types.js';

/** Mean of one arm and the variances needed to test it. */
export interface ArmMoments {
  readonly n: number;
  /** Conversion rate, mean, or ratio Σx / Σd. */
  readonly mean: number;
  /** Per-unit variance: p(1 − p) for a proportion, s² for a mean, the delta-method s² for a ratio. */
  readonly variance: number;
  /** Variance of the arm's mean: `variance / n`. */
  readonly varianceOfMean: number;
}

/**
 * The mean of one arm and its variance, from sufficient statistics. O(1).
 *
 * - proportion: p = Σx / n, variance p(1 − p) (the unpooled binomial variance of the z-test and of
 *   the Wald interval; statsmodels `confint_proportions_2indep(method='wald')`).
 * - mean: x̄ and the unbiased s² = (Σx² − (Σx)²/n) / (n − 1) (as scipy `ttest_ind`).
 * - ratio R = Σx / Σd: delta method, per-unit variance (s²ₓ − 2R sₓd + R² s²_d) / d̄²
 *   (Deng, Knoblich & Lu, "Applying the delta method in metric analytics", KDD 2018, §3),
 *   with sample (n − 1) covariances.
 *
 * An empty arm gives NaN moments: callers check `n` first and warn.
 *
 * @example armMoments({ n: 4, sum: 1, sumSquares: 1 }, 'proportion') // { n: 4, mean: 0.25, variance: 0.1875, varianceOfMean: 0.046875 }
 */
export function armMoments(stats: MetricStats, kind: MetricKind): ArmMoments {
  const { n } = stats;
  if (kind === 'proportion') {
    const p = mean(stats);
    const variance = p * (1 - p);
    return { n, mean: p, variance, varianceOfMean: variance / n };
  }
  if (kind === 'mean') {
    const variance = sampleVariance(stats);
    return { n, mean: mean(stats), variance, varianceOfMean: variance / n };
  }
  return ratioMoments(stats);
}

function ratioMoments(stats: MetricStats): ArmMoments {
  const { n, denominator } = stats;
  if (!denominator) throw new Error('armMoments: a ratio metric needs denominator sums');
  const ratio = stats.sum / denominator.sum;
  const denominatorMean = denominator.sum / n;
  const varianceX = sampleVariance(stats);
  const varianceD = sampleVariance({ n, sum: denominator.sum, sumSquares: denominator.sumSquares });
  const covariance = n < 2 ? 0 : (denominator.sumProduct - (stats.sum * denominator.sum) / n) / (n - 1);
  const variance = Math.max(0, (varianceX - 2 * ratio * covariance + ratio * ratio * varianceD) / (denominatorMean * denominatorMean));
  return { n, mean: ratio, variance, varianceOfMean: variance / n };
}
