import { relativeLift } from '../relativeLift.js';
import { sampleVariance } from '../sufficientStats.js';
import type { EffectEstimate, RatioOfEstimates, Sides, StatsWarning } from '../types.js';
import { uninformativeEstimate, waldEstimate, type ReferenceDistribution } from '../waldEstimate.js';
import { warning } from '../warnings.js';
import type { ClusterArmStats } from './clusterArmStats.js';
import { clusterRobustMean } from './clusterRobustMean.js';

export interface ClusterComparisonOptions {
  /** Significance level. Default 0.05. */
  readonly alpha?: number;
  readonly sides?: Sides;
  /** Multiply each arm's variance by K/(K − 1) (CR1). Default true; false gives CR0. */
  readonly smallSample?: boolean;
  /**
   * Reference distribution of the absolute and relative lift: 't' (Student t on K_c + K_t − 2
   * degrees of freedom) or 'normal'. Default 't'. `{ smallSample: false, reference: 'normal' }`
   * is the large-sample CR0/normal analysis, kept for comparison.
   */
  readonly reference?: 'normal' | 't';
  /** Relative-lift interval: 'fieller' (default; inverts the cluster-robust test) or 'delta'. */
  readonly relativeCi?: 'delta' | 'fieller';
  /** Design effect above which a naive row-level analysis is flagged. Default 1.1. */
  readonly designEffectThreshold?: number;
}

export interface ClusterComparison {
  /** Difference of per-row means, with the cluster-robust standard error (CR1 and t by default). */
  readonly absolute: EffectEstimate;
  /** Ratio of per-row means minus 1 (Fieller or delta, the absolute test's p); null when the control mean is ≤ 0. */
  readonly relative: EffectEstimate | null;
  /** The relative lift's A / B − 1 with the cluster-robust variances (for sequential Fieller sets). */
  readonly ratio?: RatioOfEstimates;
  readonly relativeMethod?: 'delta' | 'fieller';
  /** Cluster-robust / naive variance of the absolute lift (about 1 when rows are independent); null when uninformative. */
  readonly designEffect: number | null;
  /** What a row-level analysis ignoring clusters would report (for comparison only). */
  readonly naive: EffectEstimate;
  readonly clusters: { readonly control: number; readonly treatment: number };
  /** Reference distribution used for `absolute` and `relative` (t on K_c + K_t − 2 df by default). */
  readonly reference: ReferenceDistribution;
  readonly warnings: StatsWarning[];
}

export const FEW_CLUSTERS_LIMIT = 30;

/**
 * Cluster-randomized comparison: the randomization unit (session, store, day) is coarser than the
 * analysis row, so rows are analyzed through their clusters' totals.
 *
 *   per arm: R = ΣS_c / Σn_c, Var_CR1(R) = K/(K − 1)·Var_CR0(R) (`clusterRobustMean`)
 *   absolute = R_t − R_c, se² = Var(R_t) + Var(R_c)           (arms independent)
 *   relative = R_t / R_c − 1, se² = Var(R_t)/R_c² + R_t² Var(R_c)/R_c⁴
 *   design effect = se²_cluster / se²_naive, naive se² = s²_t/N_t + s²_c/N_c over rows
 *
 * Defaults (few-cluster correction, Cameron & Miller 2015 §VI.C): each arm's variance is scaled
 * by K/(K − 1) (CR1) and the reference is Student t on K_c + K_t − 2 degrees of freedom (G − 1 per
 * arm, the two intercepts being the arms' means). With 8 sessions per arm CR0 with a normal
 * reference rejects a true null 10–20% of the time at α = 0.05; CR1 + t brings that back to about
 * 5% (test/stats/cluster/clusterSmallSample.test.ts). `{ smallSample: false, reference: 'normal' }`
 * gives the large-sample CR0/normal analysis.
 *
 * The CR0 absolute se equals the sandwich standard error of the treatment coefficient in the
 * row-level regression y ~ 1 + treated with clusters as groups (Cameron & Miller 2015, eq. 11);
 * CR1 scales each arm's block by K/(K − 1). The fixture script checks both against an explicit
 * numpy sandwich and scipy.stats.t. The naive row-level comparison keeps the normal reference.
 * Warnings: FEW_CLUSTERS under 30 clusters in an arm (Cameron & Miller §VI), and
 * NAIVE_ANALYSIS_OVERSTATES_SIGNIFICANCE when the design effect exceeds the threshold.
 * O(1).
 */
export function clusterComparison(control: ClusterArmStats, treatment: ClusterArmStats, options: ClusterComparisonOptions = {}): ClusterComparison {
  const alpha = options.alpha ?? 0.05;
  const sides = options.sides ?? 'two';
  const clusters = { control: control.clusters.n, treatment: treatment.clusters.n };
  const warnings = clusterWarnings(clusters);
  const reference = clusterReference(clusters, options.reference ?? 't');
  if (clusters.control < 2 || clusters.treatment < 2 || control.rows.n === 0 || treatment.rows.n === 0) {
    const none = uninformativeEstimate(0);
    return { absolute: none, relative: null, designEffect: null, naive: none, clusters, reference, warnings };
  }
  const smallSample = options.smallSample ?? true;
  const c = clusterRobustMean(control.clusters, smallSample);
  const t = clusterRobustMean(treatment.clusters, smallSample);
  const estimate = t.mean - c.mean;
  const variance = t.variance + c.variance;
  const naiveVariance = sampleVariance(treatment.rows) / treatment.rows.n + sampleVariance(control.rows) / control.rows.n;
  const naive = waldEstimate(estimate, Math.sqrt(naiveVariance), { kind: 'normal' }, alpha, sides);
  const absolute = waldEstimate(estimate, Math.sqrt(variance), reference, alpha, sides);
  const designEffect = naiveVariance > 0 ? variance / naiveVariance : 1;
  if (designEffect > (options.designEffectThreshold ?? 1.1)) {
    const detail = `design effect ${designEffect.toPrecision(3)}; naive p = ${naive.pValue.toPrecision(3)}, cluster-level p = ${absolute.pValue.toPrecision(3)}`;
    warnings.push(warning('NAIVE_ANALYSIS_OVERSTATES_SIGNIFICANCE', detail));
  }
  const relativeMethod = options.relativeCi ?? 'fieller';
  if (!(c.mean > 0)) {
    warnings.push(warning('NON_POSITIVE_CONTROL_MEAN', `control mean ${c.mean}`));
    return { absolute, relative: null, designEffect, naive, clusters, reference, warnings, relativeMethod };
  }
  const ratio: RatioOfEstimates = { numerator: t.mean, numeratorVariance: t.variance, denominator: c.mean, denominatorVariance: c.variance, covariance: 0, offset: 1 };
  const relative = relativeLift(ratio, reference, alpha, sides, relativeMethod);
  warnings.push(...relative.warnings);
  return { absolute, relative: relative.estimate, designEffect, naive, clusters, reference, warnings, relativeMethod, ratio };
}

/**
 * Student t on K_c + K_t − 2 degrees of freedom (Cameron & Miller 2015 §VI.C: G − 1 per arm), or
 * the standard normal. With fewer than two clusters in an arm the result is uninformative anyway.
 */
export function clusterReference(clusters: { readonly control: number; readonly treatment: number }, kind: 'normal' | 't'): ReferenceDistribution {
  const df = clusters.control + clusters.treatment - 2;
  return kind === 't' && df > 0 ? { kind: 't', df } : { kind: 'normal' };
}

function clusterWarnings(clusters: { control: number; treatment: number }): StatsWarning[] {
  const warnings: StatsWarning[] = [];
  for (const [name, k] of Object.entries(clusters)) {
    if (k < 2) warnings.push(warning('TOO_FEW_CLUSTERS', `${name} has ${k}`));
    else if (k < FEW_CLUSTERS_LIMIT) warnings.push(warning('FEW_CLUSTERS', `${name} has ${k}`));
  }
  return warnings;
}
