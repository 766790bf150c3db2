import { armChecks } from './armChecks.js';
import { validateOptions } from './comparisonFromMoments.js';
import { cupedArm, type CupedArm } from './cupedArm.js';
import { linearisedRatioSums } from './regression/linearisedRatioSums.js';
import { regressionAdjustment, unadjustedSandwichVariance } from './regression/regressionAdjustment.js';
import type { RegressionSums } from './regression/regressionSums.js';
import type { MomentEstimate } from './liftMoments.js';
import { relativeLift, type RatioOfEstimates } from './relativeLift.js';
import { mean, sampleVariance, type MetricStats } from './sufficientStats.js';
import { DEFAULT_ANALYSIS_OPTIONS, type AnalysisOptions, type CupedComparison, type MetricKind, type StatsWarning } from './types.js';
import { uninformativeEstimate, waldEstimate, type ReferenceDistribution } from './waldEstimate.js';
import { welchDegreesOfFreedom } from './welchDegreesOfFreedom.js';
import { warning } from './warnings.js';

/** CUPED moments of one comparison, for this module and for sequential / Bayesian methods. */
export interface CupedMoments {
  readonly theta: number;
  /** Every covariate's slope when the regression sums were used (θ is the first). */
  readonly slopes?: readonly number[];
  readonly control: CupedArm;
  readonly treatment: CupedArm;
  /** Adjusted difference Δ = (m_t − m_c) − θ(m₀_t − m₀_c) and its variance. */
  readonly absolute: MomentEstimate;
  /** Variance of the unadjusted difference m_t − m_c (same sample-variance convention). */
  readonly unadjustedVariance: number;
  /** Δ / m_c (unadjusted control mean), with Cov(Δ, m_c); null when m_c ≤ 0. */
  readonly relative: RatioOfEstimates | null;
  readonly reference: ReferenceDistribution;
  readonly warnings: StatsWarning[];
  readonly estimable: boolean;
}

/**
 * CUPED: regression adjustment on a pre-period covariate (Deng, Xu, Kohavi & Walker, "Improving the
 * sensitivity of online controlled experiments by utilizing pre-experiment data", WSDM 2013),
 * θ pooled across arms as in GrowthBook:
 *
 *   θ = Σₖ(nₖ − 1)·cov_k(u, w) / Σₖ(nₖ − 1)·var_k(w)
 *   Δ = (m_t − m_c) − θ(m₀_t − m₀_c),  Var(Δ) = Σₖ [var_k(u) − 2θ cov_k(u, w) + θ² var_k(w)] / nₖ
 *
 * treating θ as known (its estimation error is O(1/n)). Ratio metrics use the delta-method
 * linearisation of `cupedArm`. O(1).
 */
export function cupedMoments(control: MetricStats, treatment: MetricStats, kind: MetricKind): CupedMoments {
  if (kind === 'ratio' && control.regression?.ratio && treatment.regression?.ratio) {
    const linearised = linearisedRatioSums(control.regression, treatment.regression);
    return regressionMoments(control, treatment, kind, { control: linearised.control, treatment: linearised.treatment, controlMean: linearised.ratios[0], ratios: linearised.ratios });
  }
  if (kind !== 'ratio' && control.regression && treatment.regression) return regressionMoments(control, treatment, kind, { control: control.regression, treatment: treatment.regression, controlMean: mean(control) });
  const warnings = armChecks(control, treatment, kind);
  const c = cupedArm(control, kind);
  const t = cupedArm(treatment, kind);
  const empty: MomentEstimate = { estimate: 0, variance: Infinity };
  const finite = [c, t].every((arm) => [arm.mean, arm.preMean, arm.varianceMetric, arm.varianceCovariate, arm.covariance].every(Number.isFinite));
  if (warnings.length === 0 && !finite) warnings.push(warning('NON_FINITE_STATISTICS'));
  if (warnings.length > 0) return { theta: 0, control: c, treatment: t, absolute: empty, unadjustedVariance: Infinity, relative: null, reference: { kind: 'normal' }, warnings, estimable: false };
  const pooledCovariance = (c.n - 1) * c.covariance + (t.n - 1) * t.covariance;
  const pooledVariance = (c.n - 1) * c.varianceCovariate + (t.n - 1) * t.varianceCovariate;
  const theta = pooledVariance > 0 ? pooledCovariance / pooledVariance : 0;
  if (!(pooledVariance > 0)) warnings.push(warning('COVARIATE_ZERO_VARIANCE'));
  const adjusted = (arm: CupedArm): number => Math.max(0, arm.varianceMetric - 2 * theta * arm.covariance + theta * theta * arm.varianceCovariate) / arm.n;
  const [vc, vt] = [adjusted(c), adjusted(t)];
  const absolute = { estimate: t.mean - c.mean - theta * (t.preMean - c.preMean), variance: vc + vt };
  if (absolute.variance === 0) {
    warnings.push(warning('ZERO_VARIANCE'));
    return { theta, control: c, treatment: t, absolute: { estimate: absolute.estimate, variance: Infinity }, unadjustedVariance: Infinity, relative: null, reference: { kind: 'normal' }, warnings, estimable: false };
  }
  const reference: ReferenceDistribution = kind === 'mean' ? { kind: 't', df: welchDegreesOfFreedom(vc, c.n, vt, t.n) } : { kind: 'normal' };
  const relative: RatioOfEstimates | null =
    c.mean > 0
      ? { numerator: absolute.estimate, numeratorVariance: absolute.variance, denominator: c.mean, denominatorVariance: c.varianceMetric / c.n, covariance: -(c.varianceMetric - theta * c.covariance) / c.n, offset: 0 }
      : null;
  if (relative === null) warnings.push(warning('NON_POSITIVE_CONTROL_MEAN', `control mean ${c.mean}`));
  else if (!Number.isFinite(relative.numerator / relative.denominator)) {
    warnings.push(warning('NON_FINITE_STATISTICS', 'relative lift'));
    return { theta, control: c, treatment: t, absolute, unadjustedVariance: c.varianceMetric / c.n + t.varianceMetric / t.n, relative: null, reference, warnings, estimable: true };
  }
  const unadjustedVariance = c.varianceMetric / c.n + t.varianceMetric / t.n;
  return { theta, control: c, treatment: t, absolute, unadjustedVariance, relative, reference, warnings, estimable: true };
}

/**
 * CUPED from regression sums (`MetricStats.regression`, as the CSV pass makes them): the
 * pooled-slope OLS of `regressionAdjustment` on every covariate with missing indicators, its HC1
 * (or, for clusters, CR1) sandwich variance for Δ, the same sandwich for Var(m_c) and Cov(Δ, m_c)
 * (the relative lift's Fieller interval), and Welch–Satterthwaite df from the arms' parts of the
 * sandwich for means. θ is the first covariate's slope. A ratio metric's sums arrive linearised
 * (`linearisedRatioSums`: y has arm means R_k, so `controlMean` is R_c).
 */
function regressionMoments(control: MetricStats, treatment: MetricStats, kind: MetricKind, sums: { readonly control: RegressionSums; readonly treatment: RegressionSums; readonly controlMean: number; readonly ratios?: readonly [number, number] }): CupedMoments {
  const warnings = armChecks(control, treatment, kind);
  const arms = sums.ratios ? { control: linearisedArm(sums.control, sums.ratios[0]), treatment: linearisedArm(sums.treatment, sums.ratios[1]) } : { control: regressionArm(control), treatment: regressionArm(treatment) };
  const empty: MomentEstimate = { estimate: 0, variance: Infinity };
  const fail = (theta: number): CupedMoments => ({ theta, ...arms, absolute: empty, unadjustedVariance: Infinity, relative: null, reference: { kind: 'normal' }, warnings, estimable: false });
  if (warnings.length > 0) return fail(0);
  const clustered = sums.control.clustered === true;
  const fit = regressionAdjustment(sums.control, sums.treatment, clustered);
  if (fit === null || ![fit.estimate, fit.variance, fit.covariance, fit.controlMeanVariance].every(Number.isFinite)) {
    warnings.push(warning('NON_FINITE_STATISTICS', 'regression adjustment'));
    return fail(0);
  }
  const slopes = fit.slopes.map((slope) => (Number.isNaN(slope) ? 0 : slope));
  if (fit.slopes.every(Number.isNaN)) warnings.push(warning('COVARIATE_ZERO_VARIANCE'));
  const theta = slopes[0];
  if (!(fit.variance > 0)) {
    warnings.push(warning('ZERO_VARIANCE'));
    return { ...fail(theta), absolute: { estimate: fit.estimate, variance: Infinity } };
  }
  const absolute = { estimate: fit.estimate, variance: fit.variance };
  const [vc, vt] = fit.armVariances;
  const reference: ReferenceDistribution = kind === 'mean' ? { kind: 't', df: welchDegreesOfFreedom(vc, sums.control.units, vt, sums.treatment.units) } : { kind: 'normal' };
  const unadjustedVariance = clustered ? unadjustedSandwichVariance(sums.control, sums.treatment, true) : fit.unadjustedVariances[0] + fit.unadjustedVariances[1];
  const controlMean = sums.controlMean;
  const base = { theta, slopes, ...arms, absolute, unadjustedVariance, reference, warnings, estimable: true };
  if (!(controlMean > 0)) {
    warnings.push(warning('NON_POSITIVE_CONTROL_MEAN', `control mean ${controlMean}`));
    return { ...base, relative: null };
  }
  const relative: RatioOfEstimates = { numerator: fit.estimate, numeratorVariance: fit.variance, denominator: controlMean, denominatorVariance: fit.controlMeanVariance, covariance: fit.covariance, offset: 0 };
  if (!Number.isFinite(relative.numerator / relative.denominator)) {
    warnings.push(warning('NON_FINITE_STATISTICS', 'relative lift'));
    return { ...base, relative: null };
  }
  return { ...base, relative };
}

/** The CupedArm summary of an arm with regression sums (its first covariate, where present). */
function regressionArm(stats: MetricStats): CupedArm {
  if (stats.covariate) return cupedArm(stats, 'mean');
  return { n: stats.n, mean: mean(stats), preMean: NaN, varianceMetric: sampleVariance(stats), varianceCovariate: NaN, covariance: NaN };
}

/** The CupedArm summary of a linearised ratio arm: n, R_k and the variance of y (covariate fields NaN). */
function linearisedArm(sums: RegressionSums, ratio: number): CupedArm {
  const [n, sy] = sums.cross;
  const yy = sums.cross[2 + 2 * sums.covariates]; // (1, 1) of the row-major upper triangle
  return { n, mean: ratio, preMean: NaN, varianceMetric: Math.max(0, yy - (sy * sy) / n) / (n - 1), varianceCovariate: NaN, covariance: NaN };
}

/**
 * CUPED comparison for mean, proportion (treated as a 0/1 mean) and ratio metrics: absolute and
 * relative lift, variance reduction 1 − Var(Δ)/Var(m_t − m_c), and θ. The relative lift keeps the
 * unadjusted control mean as denominator (as GrowthBook): Δ / m_c, Fieller (default; it inverts
 * the test of Δ) or the delta method, with Cov(Δ, m_c) = −(var_c(u) − θ cov_c(u, w)) / n_c. Reference distribution: Welch t
 * (df from the adjusted arm variances) for means, standard normal for proportions and ratios.
 *
 * Arms need `covariate` sums (mean, proportion) or `denominator` + `ratioCovariate` (ratio).
 */
export function cuped(
  control: MetricStats,
  treatment: MetricStats,
  options: AnalysisOptions = DEFAULT_ANALYSIS_OPTIONS,
  kind: MetricKind = 'mean',
): CupedComparison {
  validateOptions(options);
  const moments = cupedMoments(control, treatment, kind);
  const warnings = [...moments.warnings];
  if (!moments.estimable) return { absolute: uninformativeEstimate(0), relative: null, warnings, varianceReduction: 0, theta: 0 };
  const { alpha, sides } = options;
  const absolute = waldEstimate(moments.absolute.estimate, Math.sqrt(moments.absolute.variance), moments.reference, alpha, sides);
  const varianceReduction = moments.unadjustedVariance > 0 ? 1 - moments.absolute.variance / moments.unadjustedVariance : 0;
  const base = { absolute, varianceReduction, theta: moments.theta, ...(moments.slopes ? { slopes: moments.slopes } : {}), reference: moments.reference };
  if (moments.relative === null) return { ...base, relative: null, warnings, relativeMethod: options.relativeCi };
  const relative = relativeLift(moments.relative, moments.reference, alpha, sides, options.relativeCi);
  return { ...base, relative: relative.estimate, warnings: [...warnings, ...relative.warnings], relativeMethod: options.relativeCi, ratio: moments.relative };
}
