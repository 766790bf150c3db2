import type { AnalysisComparison, AnalysisMetric, AnalysisResultData } from '../results/index.js';
import type { JsonEffectEstimate } from '../stats/toJsonSafe.js';
import type { StatsWarning } from '../stats/types.js';
import type { DataQuality } from './input/AggregatedData.js';
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

export type MetricResult = Omit<AnalysisMetric, 'comparisons'> & { readonly comparisons: ComparisonResult[] };

export type ComparisonResult = Omit<AnalysisComparison, 'warnings'> & { readonly warnings: StatsWarning[] };

/** `--non-inferiority` / `--equivalence`: the margin test (src/results/analysisResult.ts MarginSchema). */
export type MarginJson = NonNullable<AnalysisComparison['margin']>;
/** `--segment`: treatment × segment heterogeneity (src/results/analysisResult.ts HeterogeneitySchema). */
export type HeterogeneityJson = NonNullable<AnalysisComparison['heterogeneity']>;

export type HeadlineJson = AnalysisComparison['headline'];
export type BayesianJson = NonNullable<AnalysisComparison['bayesian']>;

export type SegmentResult = Omit<NonNullable<AnalysisResultData['segments']>[number], 'metrics'> & { readonly metrics: MetricResult[] };

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
