import type { JsonEffectEstimate } from '../stats/toJsonSafe.js';
import type { MetricKind, StatsWarning } from '../stats/types.js';
import type { DataQuality } from './input/AggregatedData.js';

/**
 * The result of `livelift analyze`, exactly as `--json` prints it and `--out` saves it. The field
 * names of issue #5 are a public contract (alpha, control, variants, srm, dataQuality, metrics[…]
 * with variants and comparisons); the others are additions. Already JSON-safe: an interval end
 * that is unbounded (one-sided tests, an uninformative comparison) is `null`, never Infinity.
 */
export interface AnalysisResult {
  readonly kind: 'analysis';
  readonly version: string;
  readonly input: { readonly file: string; readonly format: 'csv' | 'summary-json' | 'summary-csv' };
  /** The options as resolved (defaults filled in). */
  readonly options: Record<string, unknown>;
  readonly alpha: number;
  readonly sides: 'two' | 'greater' | 'less';
  readonly control: string;
  readonly correction: 'none' | 'bonferroni' | 'holm' | 'bh';
  /** What `variants[].units` counts: rows, distinct units (--unit), clusters (--cluster) or the summary's units. */
  readonly unitsCounted: 'rows' | 'units' | 'clusters' | 'summary';
  readonly variants: VariantUnits[];
  readonly srm: SrmJson;
  readonly dataQuality: DataQuality;
  readonly metrics: MetricResult[];
  /** With `--segment COL`: the same analysis per value of COL. */
  readonly segmentColumn?: string;
  readonly segments?: SegmentResult[];
  /** Analysis-level warnings (sample ratio mismatch, per segment too). */
  readonly warnings: StatsWarning[];
}

export interface VariantUnits {
  readonly name: string;
  readonly units: number;
  readonly expectedShare: number;
}

export interface SrmJson {
  /** Pearson's statistic; null when infinite (units in a variant planned at share 0). */
  readonly chiSquare: number | null;
  readonly df: number;
  readonly pValue: number;
  /** pValue < threshold (0.001). */
  readonly flagged: boolean;
  readonly threshold: number;
}

export interface MetricResult {
  readonly name: string;
  readonly kind: MetricKind;
  readonly columns?: { readonly value: string; readonly denominator?: string; readonly covariate?: string };
  readonly cap?: { readonly threshold: number; readonly cappedValues: number };
  /** Per variant, control first: units with a value, mean (rate, ratio) and per-unit variance. */
  readonly variants: { readonly name: string; readonly n: number; readonly mean: number | null; readonly variance: number | null }[];
  readonly comparisons: ComparisonResult[];
}

export interface ComparisonResult {
  readonly variant: string;
  readonly control: string;
  /** Test behind `absolute` / `relative`: Welch t, two-proportion z, delta-method ratio, or cluster-robust. */
  readonly method: 'welch' | 'z-test' | 'delta' | 'cluster-robust';
  readonly absolute: JsonEffectEstimate;
  /** Null when the control mean is ≤ 0 (warning NON_POSITIVE_CONTROL_MEAN). */
  readonly relative: JsonEffectEstimate | null;
  readonly cuped?: { readonly absolute: JsonEffectEstimate; readonly relative: JsonEffectEstimate | null; readonly varianceReduction: number; readonly theta: number; readonly slopes?: number[] };
  readonly sequential?: { readonly absolute: JsonEffectEstimate; readonly relative: JsonEffectEstimate | null; readonly tuning: number };
  readonly bayesian?: BayesianJson;
  readonly cluster?: { readonly designEffect: number | null; readonly clusters: { readonly control: number; readonly treatment: number }; readonly naive: JsonEffectEstimate };
  /** Bonferroni, Holm or BH p-value of the decision (see `decision`), when a correction is on. */
  readonly adjustedPValue?: number;
  /** Intervals of the decision consistent with the adjusted p-values, at level 1 − `alpha`. */
  readonly adjustedCi?: { readonly alpha: number; readonly absolute: [number | null, number | null]; readonly relative: [number | null, number | null] | null };
  /**
   * The one decision of this comparison, exactly as every surface shows it (CLI table and verdict,
   * JSON `significant`, the report's table and forest chart): its p-value and both intervals,
   * each of which excludes 0 exactly when `pValue` < alpha (unless `relative.invertsTest` is false).
   */
  readonly headline: HeadlineJson;
  /** Which result the verdict and the correction use. */
  readonly decision: 'fixed' | 'cuped' | 'sequential' | 'cluster' | 'cuped-sequential' | 'cluster-sequential' | 'exact';
  /** p (adjusted when corrected) < alpha. */
  readonly significant: boolean;
  /** One line in plain words. */
  readonly verdict: string;
  readonly warnings: StatsWarning[];
  /** With --non-inferiority or --equivalence: the margin test (fixed-horizon, unadjusted). */
  readonly margin?: MarginJson;
  /** With --segment, on the overall comparisons: does the effect differ between segments? */
  readonly heterogeneity?: HeterogeneityJson;
}

/**
 * A non-inferiority or equivalence test (src/stats/marginTest.ts): `pValue` < alpha exactly when
 * `ci` (level 1 − 2·alpha) lies beyond the margin (non-inferiority) or within ± it (equivalence).
 */
export interface MarginJson {
  readonly test: 'non-inferiority' | 'equivalence';
  /** absolute: the margin is in metric units (a rate's fraction for conversions); relative: a fraction of the control mean. */
  readonly scale: 'absolute' | 'relative';
  readonly margin: number;
  /** Which direction is better: higher, lower (non-inferiority with --sides less), both (equivalence). */
  readonly better: 'higher' | 'lower' | 'both';
  /** wald (Welch t / delta / CUPED / cluster-robust), fieller (relative margin of those), score (conversions). */
  readonly method: 'wald' | 'fieller' | 'score';
  /** p of H0: lift ≤ −margin; null when not tested. */
  readonly pLower: number | null;
  /** p of H0: lift ≥ +margin; null when not tested. */
  readonly pUpper: number | null;
  /** The decision p: the one-sided p, or the larger of the two (TOST). */
  readonly pValue: number;
  /** 1 − 2·alpha. */
  readonly level: number;
  readonly ci: [number | null, number | null];
  readonly conclusion: 'non-inferior' | 'equivalent' | 'not shown';
  /** One sentence: conclusion, margin, interval, p. */
  readonly verdict: string;
}

/**
 * Treatment × segment heterogeneity of one metric × variant: Cochran's Q over the segments'
 * decision estimates (absolute lift, inverse-variance weights; src/stats/cochranQ.ts), and each
 * segment's decision p corrected across the segments (--segment-correction, Holm by default).
 */
export interface HeterogeneityJson {
  readonly test: 'cochran-q';
  /** The effect compared across segments. */
  readonly effect: 'absolute';
  readonly statistic: number;
  readonly df: number;
  /** P(chi-square_df > statistic); 1 when fewer than two segments are estimable. */
  readonly pValue: number;
  /** Share of the spread between segments beyond chance, max(0, (Q − df)/Q). */
  readonly iSquared: number;
  readonly correction: 'none' | 'bonferroni' | 'holm' | 'bh';
  readonly segments: {
    readonly name: string;
    readonly estimate: number | null;
    readonly se: number | null;
    /** The segment's own decision p (unadjusted). */
    readonly pValue: number;
    /** Corrected across this metric × variant's segments; null when the segment is not estimable. */
    readonly adjustedPValue: number | null;
    readonly significant: boolean;
  }[];
  /** One sentence in plain words. */
  readonly verdict: string;
}

export interface HeadlineJson {
  /** Fixed-horizon test, or always-valid confidence sequence (--sequential). */
  readonly horizon: 'fixed-horizon' | 'always-valid';
  /** Correction the p-value and the intervals are adjusted for; null when unadjusted. */
  readonly adjusted: 'bonferroni' | 'holm' | 'bh' | null;
  /** Decision p-value (adjusted when corrected); `significant` is pValue < alpha. */
  readonly pValue: number;
  /** The same before the correction (equal to pValue when none is on). */
  readonly unadjustedPValue: number;
  readonly absolute: { readonly estimate: number; readonly ci: [number | null, number | null] };
  readonly relative: {
    readonly estimate: number;
    readonly ci: [number | null, number | null];
    /** fieller or score: inverts the decision test; delta: the delta-method interval (does not). */
    readonly method: 'fieller' | 'score' | 'delta';
    readonly invertsTest: boolean;
  } | null;
  /**
   * With --exact (conversions): Fisher's exact test decided; `pValue` is its p and this conditional
   * exact odds-ratio interval (treatment vs control) inverts it, excluding 1 exactly when
   * `pValue` < alpha. The difference and ratio intervals above are then score intervals that do
   * not invert it (`relative.invertsTest` false).
   */
  readonly exact?: { readonly test: 'fisher'; readonly oddsRatio: number | null; readonly ci: [number | null, number | null]; readonly invertsTest: true };
  /** What the intervals are, e.g. "95% CI; CUPED, always-valid, Holm-adjusted". */
  readonly label: string;
}

export interface BayesianJson {
  /** Scale of the Gaussian analysis and its prior: relative lift, or absolute when the control mean is ≤ 0. */
  readonly scale: 'relative' | 'absolute';
  readonly chanceToWin: number;
  readonly risk: { readonly control: number; readonly variant: number };
  readonly ci: [number, number];
  readonly posteriorMean: number;
  readonly posteriorSd: number;
  /**
   * gaussian: normal posterior of the lift; beta-binomial: the exact Beta-Binomial posterior of the
   * absolute difference, used for conversions when the Gaussian posterior's sd would be 0.
   */
  readonly model: 'gaussian' | 'beta-binomial';
  /** For conversions: the exact Beta-Binomial (uniform prior) result on the absolute difference. */
  readonly betaBinomial?: { readonly chanceToWin: number; readonly risk: { readonly control: number; readonly variant: number }; readonly ci: [number, number]; readonly method: 'exact' | 'normal' };
}

export interface SegmentResult {
  readonly name: string;
  readonly variants: VariantUnits[];
  readonly srm: SrmJson;
  readonly metrics: MetricResult[];
}
