import { clusterComparison, clusterReference, FEW_CLUSTERS_LIMIT, type ClusterArmStats } from '../stats/cluster/index.js';
import { compareRatios } from '../stats/compareRatios.js';
import { comparisonFromMoments } from '../stats/comparisonFromMoments.js';
import { liftMoments } from '../stats/liftMoments.js';
import type { MetricStats } from '../stats/sufficientStats.js';
import type { AnalysisOptions, Comparison, EffectEstimate, MetricKind, StatsWarning } from '../stats/types.js';
import { warning } from '../stats/warnings.js';

/** A cluster-level comparison with what the naive row-level analysis would have said. */
export interface ClusterHeadline extends Comparison {
  readonly designEffect: number | null;
  readonly clusters: { readonly control: number; readonly treatment: number };
  readonly naive: EffectEstimate;
}

/** Design effect above which the row-level analysis is flagged (clusterComparison's default). */
const DESIGN_EFFECT_THRESHOLD = 1.1;

/**
 * Compare two arms of a cluster-randomized experiment.
 *
 * - mean and proportion metrics: `clusterComparison` with its defaults (per-row mean ΣS_c / Σn_c
 *   with CR1 cluster-robust variance, Student t on K_c + K_t − 2 df);
 * - ratio metrics: the delta method of `compareRatios` on the clusters' totals (each cluster one
 *   observation of ΣX_c / ΣD_c; (K − 1) moments, i.e. CR1), but with the same t reference on
 *   K_c + K_t − 2 df in place of compareRatios' normal (Cameron & Miller 2015 §VI.C: few clusters);
 *   the naive result is `compareRatios` on the rows (normal); the design effect is the ratio of
 *   their variances.
 *
 * `rows` are the row-level statistics of each arm (for the ratio's naive comparison).
 */
export function clusterHeadline(
  kind: MetricKind,
  control: ClusterArmStats,
  treatment: ClusterArmStats,
  rows: { readonly control: MetricStats; readonly treatment: MetricStats },
  options: AnalysisOptions,
): ClusterHeadline {
  if (kind !== 'ratio') {
    const result = clusterComparison(control, treatment, { alpha: options.alpha, sides: options.sides, relativeCi: options.relativeCi });
    const { absolute, relative, warnings, designEffect, clusters, naive, relativeMethod, ratio, reference } = result;
    return { absolute, relative, warnings, designEffect, clusters, naive, reference, ...(relativeMethod ? { relativeMethod } : {}), ...(ratio ? { ratio } : {}) };
  }
  const clusters = { control: control.clusters.n, treatment: treatment.clusters.n };
  const moments = liftMoments(control.clusters, treatment.clusters, 'ratio');
  const reference = moments.estimable ? clusterReference(clusters, 't') : moments.reference;
  const result = comparisonFromMoments({ ...moments, reference }, options);
  const naive = compareRatios(rows.control, rows.treatment, options).absolute;
  const warnings: StatsWarning[] = [...result.warnings];
  for (const [name, k] of Object.entries(clusters)) if (k < FEW_CLUSTERS_LIMIT && k >= 2) warnings.push(warning('FEW_CLUSTERS', `${name} has ${k}`));
  const designEffect = Number.isFinite(result.absolute.se) && naive.se > 0 ? (result.absolute.se / naive.se) ** 2 : null;
  if (designEffect !== null && designEffect > DESIGN_EFFECT_THRESHOLD) {
    const detail = `design effect ${designEffect.toPrecision(3)}; naive p = ${naive.pValue.toPrecision(3)}, cluster-level p = ${result.absolute.pValue.toPrecision(3)}`;
    warnings.push(warning('NAIVE_ANALYSIS_OVERSTATES_SIGNIFICANCE', detail));
  }
  return { ...result, warnings, designEffect, clusters, naive };
}
