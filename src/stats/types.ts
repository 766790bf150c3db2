import type { WarningCode } from './warnings.js';

/** Direction of the alternative hypothesis: two-sided, treatment greater, treatment less. */
export type Sides = 'two' | 'greater' | 'less';

/** `[lower, upper]`; one end is ±Infinity for a one-sided interval (JSON: `null`, see `toJsonSafe`). */
export type Interval = [number, number];

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

/** How the confidence interval of the relative lift is built. */
export type RelativeCiMethod = 'delta' | 'fieller';

/** Options shared by every fixed-horizon comparison. */
export interface AnalysisOptions {
  /** Significance level, in (0, 1); the interval has level 1 − alpha. */
  readonly alpha: number;
  readonly sides: Sides;
  /** Relative-lift interval: delta method (default) or Fieller's theorem. */
  readonly relativeCi: RelativeCiMethod;
}

export const DEFAULT_ANALYSIS_OPTIONS: AnalysisOptions = Object.freeze({
  alpha: 0.05,
  sides: 'two',
  relativeCi: 'delta',
});

/** Treatment versus control on one metric. */
export interface Comparison {
  /** mean_t − mean_c. */
  readonly absolute: EffectEstimate;
  /** mean_t / mean_c − 1; null when the control mean is ≤ 0 or unknown (with a warning). */
  readonly relative: EffectEstimate | null;
  readonly warnings: StatsWarning[];
}

/** A CUPED (regression-adjusted) comparison. */
export interface CupedComparison extends Comparison {
  /** 1 − Var(adjusted lift) / Var(unadjusted lift), in [0, 1) when θ is estimated well. */
  readonly varianceReduction: number;
  /** Pooled regression coefficient θ of the metric on its pre-period covariate. */
  readonly theta: number;
}
