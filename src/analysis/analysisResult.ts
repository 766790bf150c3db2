import type { AnalysisComparison, AnalysisMetric, AnalysisResultData, OverTime, OverTimeDay, OverTimeLook, OverTimeMetric } from '../results/index.js';
import type { StatsWarning } from '../stats/types.js';
import type { DataQuality } from './input/AggregatedData.js';

/**
 * The result of `livelift analyze`, exactly as `--json` prints it and `--out` saves it: the
 * schema's type (src/results/analysisResult.ts, every field described there; a new field is
 * declared there), with the stats engine's own warning and data-quality types.
 */
export type AnalysisResult = Omit<AnalysisResultData, 'dataQuality' | 'metrics' | 'segments' | 'warnings'> & {
  readonly dataQuality: DataQuality;
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

/** `--date COL`: the cumulative comparisons and SRM by day (src/results/analysisResult.ts OverTimeSchema). */
export type OverTimeJson = OverTime;
export type { OverTimeDay, OverTimeLook, OverTimeMetric };
