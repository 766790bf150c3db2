import type { WarningCode } from './warnings.js';

/** Direction of the alternative hypothesis: two-sided, treatment greater, treatment less. */
export type Sides = 'two' | 'greater' | 'less';

/** `[lower, upper]`; one end is ±Infinity for a one-sided interval (JSON: `null`, see `toJsonSafe`). */
export type Interval = [number, number];

/**
 * A relative lift written as a ratio of two estimates: lift = A / B − offset.
 * Plain lift: A = mean_t, B = mean_c, offset 1, independent arms (covariance 0).
 * CUPED lift: A = adjusted difference, B = unadjusted control mean, offset 0, Cov(A, B) ≠ 0.
 */
export interface RatioOfEstimates {
  readonly numerator: number;
  readonly numeratorVariance: number;
  readonly denominator: number;
  readonly denominatorVariance: number;
  /** Cov(A, B). */
  readonly covariance: number;
  /** Subtracted from A / B: 1 for mean_t / mean_c − 1, 0 when A is already a difference. */
  readonly offset: number;
}

/** One estimated effect (absolute or relative lift) with its uncertainty. */
export interface EffectEstimate {
  readonly estimate: number;
  readonly se: number;
  /** Confidence interval at 1 − alpha, open-ended (±Infinity) on one side for one-sided tests. */
  readonly ci: Interval;
  readonly pValue: number;
}

/** A data condition the analyst should know about; never thrown, always returned. */
export interface StatsWarning {
  readonly code: WarningCode;
  readonly message: string;
}

/** What a metric measures per unit: a 0/1 conversion, a mean of a value, or a ratio of two sums. */
export type MetricKind = 'proportion' | 'mean' | 'ratio';

/**
 * How the confidence interval of the relative lift is built: 'fieller' (default) inverts the
 * decision test — Fieller's interval for means, ratios, CUPED and clusters, the score interval
 * of the ratio for conversions; 'delta' is the delta-method interval, which does not invert it.
 */
export type RelativeCiMethod = 'delta' | 'fieller';

/**
 * Score test and intervals for conversions: Farrington–Manning (default; the variance at the
 * restricted MLE, so at the null it is the pooled z-test) or Miettinen–Nurminen (the same times
 * N/(N − 1), with its own p-value at the null so interval and p still agree).
 */
export type ScoreMethod = 'farrington-manning' | 'miettinen-nurminen';

/** Options shared by every fixed-horizon comparison. */
export interface AnalysisOptions {
  /** Significance level, in (0, 1); the interval has level 1 − alpha. */
  readonly alpha: number;
  readonly sides: Sides;
  /** Relative-lift interval: test-inverting (default 'fieller') or the delta method. */
  readonly relativeCi: RelativeCiMethod;
  /** Score method for conversions; default Farrington–Manning. */
  readonly scoreMethod?: ScoreMethod;
}

export const DEFAULT_ANALYSIS_OPTIONS: AnalysisOptions = Object.freeze({
  alpha: 0.05,
  sides: 'two',
  relativeCi: 'fieller',
});

/** Treatment versus control on one metric. */
export interface Comparison {
  /** mean_t − mean_c. */
  readonly absolute: EffectEstimate;
  /** mean_t / mean_c − 1; null when the control mean is ≤ 0 or unknown (with a warning). */
  readonly relative: EffectEstimate | null;
  readonly warnings: StatsWarning[];
  /**
   * How `relative.ci` was built: 'fieller' and 'score' invert the decision test (the interval
   * excludes 0 exactly when p < alpha), 'delta' does not.
   */
  readonly relativeMethod?: 'fieller' | 'score' | 'delta';
  /**
   * The relative lift as A / B − offset with the covariance of the decision test, so a
   * sequential analysis can build Fieller's set at its own critical value. Absent for conversions
   * under the score test (their score intervals are not Fieller sets).
   */
  readonly ratio?: RatioOfEstimates;
  /**
   * Reference distribution of the Wald test behind `absolute` (Student t with its df, or the
   * standard normal), so a margin test (non-inferiority, equivalence) uses the same one. Absent
   * for conversions under the score test (src/stats/marginTest.ts uses the score statistic there).
   */
  readonly reference?: { readonly kind: 'normal' } | { readonly kind: 't'; readonly df: number };
}

/** A CUPED (regression-adjusted) comparison. */
export interface CupedComparison extends Comparison {
  /** 1 − Var(adjusted lift) / Var(unadjusted lift), in [0, 1) when θ is estimated well. */
  readonly varianceReduction: number;
  /** Pooled regression coefficient θ of the metric on its pre-period covariate (the first one). */
  readonly theta: number;
  /** With several covariates (regression sums), every covariate's slope, θ first. */
  readonly slopes?: readonly number[];
}
