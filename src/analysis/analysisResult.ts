import type { AnalysisComparison, AnalysisMetric, AnalysisResultData } from '../results/index.js';
import type { JsonEffectEstimate } from '../stats/toJsonSafe.js';
import type { StatsWarning } from '../stats/types.js';
import type { DataQuality } from './input/AggregatedData.js';
import type { MetricUnit } from './metricUnit.js';
import type { MsprtJson } from './msprtResult.js';

/**
 * The result of `livelift analyze`, exactly as `--json` prints it and `--out` saves it: the
 * schema's type (src/results/analysisResult.ts, every field described there; a new field is
 * declared there), with the stats engine's own warning and data-quality types.
 */
export type AnalysisResult = Omit<AnalysisResultData, 'dataQuality' | 'metrics' | 'segments' | 'warnings' | 'overTime'> & {
  readonly dataQuality: DataQuality;
  /** With `--date COL`: the cumulative comparisons and SRM by day. */
  readonly overTime?: OverTimeJson;
  readonly metrics: MetricResult[];
  readonly segments?: SegmentResult[];
  readonly warnings: StatsWarning[];
};

export type VariantUnits = AnalysisResultData['variants'][number];
export type SrmJson = AnalysisResultData['srm'];

export type MetricResult = Omit<AnalysisMetric, 'comparisons' | 'unit'> & {
  readonly comparisons: ComparisonResult[];
  /** Unit of the metric's values and differences (`--currency`, `--minutes`); absent when none was named. */
  readonly unit?: MetricUnit;
};

export type ComparisonResult = Omit<AnalysisComparison, 'warnings' | 'margin' | 'heterogeneity' | 'msprt'> & {
  readonly warnings: StatsWarning[];
  /** `--msprt` (conversions): the mSPRT beside the decision (not the decision). */
  readonly msprt?: MsprtJson;
  /** With --non-inferiority or --equivalence: the margin test (fixed-horizon, unadjusted). */
  readonly margin?: MarginJson;
  /** With --segment, on the overall comparisons: does the effect differ between segments? */
  readonly heterogeneity?: HeterogeneityJson;
};

export type HeadlineJson = AnalysisComparison['headline'];
export type BayesianJson = NonNullable<AnalysisComparison['bayesian']>;

export type SegmentResult = Omit<NonNullable<AnalysisResultData['segments']>[number], 'metrics'> & { readonly metrics: MetricResult[] };

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

/**
 * `--date COL`: the peeking picture. At the end of each day, the cumulative comparison of every
 * metric × variant with the fixed-horizon interval (what a peeker computes, valid only at a
 * planned end) and the always-valid confidence sequence (valid at every look) side by side, and
 * the sample-ratio test of the cumulative units. All unadjusted; CUPED-adjusted when the metric
 * has a covariate (the same primary estimate as the headline). The last day is the whole data.
 */
export interface OverTimeJson {
  /** The `--date` column. */
  readonly column: string;
  /** What `days[].units` counts (kept rows; with `--unit` the overall SRM counts units once instead). */
  readonly unitsCounted: 'rows';
  /** Total sample size where the confidence sequence is tightest (`--tuning`). */
  readonly tuning: number;
  /** One entry per day with data, in calendar order. */
  readonly days: OverTimeDay[];
  readonly metrics: OverTimeMetric[];
}

export interface OverTimeDay {
  /** `YYYY-MM-DD` (a timestamp with an offset is moved to UTC first). */
  readonly day: string;
  /** Cumulative units per variant, control first (analysis order). */
  readonly units: number[];
  /** SRM test of the cumulative units against the planned split. */
  readonly srm: SrmJson;
}

export interface OverTimeMetric {
  readonly name: string;
  readonly comparisons: {
    readonly variant: string;
    /** One look per day, as `days`. */
    readonly looks: OverTimeLook[];
  }[];
}

export interface OverTimeLook {
  readonly day: string;
  /** Units with a value of this metric in the two arms, cumulative. */
  readonly n: number;
  /** Fixed-horizon estimate, interval and p computed at this look (naive when peeked at). */
  readonly fixedHorizon: { readonly absolute: JsonEffectEstimate; readonly relative: JsonEffectEstimate | null };
  /** Always-valid confidence sequence at this look (`--tuning`, same alpha and sides). */
  readonly alwaysValid: { readonly absolute: JsonEffectEstimate; readonly relative: JsonEffectEstimate | null };
  /** `--msprt` (conversions): the mSPRT at this look, its p carried forward from the earlier days. */
  readonly msprt?: MsprtJson;
}
