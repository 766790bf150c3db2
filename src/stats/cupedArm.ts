import { mean, pairedMean, sampleCovariance, sampleVariance, type MetricStats } from './sufficientStats.js';
import type { MetricKind } from './types.js';

/**
 * One arm as CUPED sees it: metric mean m and pre-period mean m₀, with the per-unit variances
 * and covariance of their linearised unit values u (metric) and w (covariate).
 * Means and proportions: u = x, w = z. Ratios x / d with pre-period x₀ / d₀ (delta method,
 * Deng et al. KDD 2018 §3): u = (x − R d) / d̄, w = (x₀ − R₀ d₀) / d̄₀.
 */
export interface CupedArm {
  readonly n: number;
  readonly mean: number;
  readonly preMean: number;
  readonly varianceMetric: number;
  readonly varianceCovariate: number;
  readonly covariance: number;
}

/** Sample (n − 1) moments of one arm for CUPED. O(1). Throws if the needed sums are missing. */
export function cupedArm(stats: MetricStats, kind: MetricKind): CupedArm {
  const { n } = stats;
  if (kind !== 'ratio') {
    const z = stats.covariate;
    if (!z) throw new Error('cuped: each arm needs covariate sums (Σz, Σz², Σxz)');
    return {
      n,
      mean: mean(stats),
      preMean: pairedMean(z, n),
      varianceMetric: sampleVariance(stats),
      varianceCovariate: sampleVariance({ n, sum: z.sum, sumSquares: z.sumSquares }),
      covariance: sampleCovariance(n, stats.sum, z.sum, z.sumProduct),
    };
  }
  return ratioArm(stats);
}

function ratioArm(stats: MetricStats): CupedArm {
  const { n, denominator: d, ratioCovariate: pre } = stats;
  if (!d || !pre) throw new Error('cuped: a ratio metric needs denominator and ratioCovariate sums');
  const x0 = pre.numerator;
  const d0 = pre.denominator;
  const ratio = stats.sum / d.sum;
  const preRatio = x0.sum / d0.sum;
  const scale = d.sum / n;
  const preScale = d0.sum / n;
  const variance = (sum: number, sumSquares: number): number => sampleVariance({ n, sum, sumSquares });
  const sxx = sampleVariance(stats);
  const sdd = variance(d.sum, d.sumSquares);
  const sxd = sampleCovariance(n, stats.sum, d.sum, d.sumProduct);
  const s00 = variance(x0.sum, x0.sumSquares);
  const sDD = variance(d0.sum, d0.sumSquares);
  const s0D = sampleCovariance(n, x0.sum, d0.sum, pre.sumNumeratorDenominator);
  const sx0 = sampleCovariance(n, stats.sum, x0.sum, x0.sumProduct);
  const sxD = sampleCovariance(n, stats.sum, d0.sum, d0.sumProduct);
  const sd0 = sampleCovariance(n, d.sum, x0.sum, pre.sumDenominatorNumerator);
  const sdD = sampleCovariance(n, d.sum, d0.sum, pre.sumDenominatorDenominator);
  return {
    n,
    mean: ratio,
    preMean: preRatio,
    varianceMetric: Math.max(0, (sxx - 2 * ratio * sxd + ratio * ratio * sdd) / (scale * scale)),
    varianceCovariate: Math.max(0, (s00 - 2 * preRatio * s0D + preRatio * preRatio * sDD) / (preScale * preScale)),
    covariance: (sx0 - preRatio * sxD - ratio * sd0 + ratio * preRatio * sdD) / (scale * preScale),
  };
}
