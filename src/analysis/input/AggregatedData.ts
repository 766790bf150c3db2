import type { ClusterArmStats } from '../../stats/cluster/index.js';
import type { MetricStats } from '../../stats/sufficientStats.js';
import type { MetricKind, StatsWarning } from '../../stats/types.js';

/**
 * What the analysis needs from its input, whatever the source (a CSV pass or a summary file):
 * per-variant sufficient statistics of every metric, overall and per segment, the units for the
 * SRM test, and the data-quality findings. Variants are in order of first appearance; the
 * pipeline orders them (control first) and picks the control.
 */
export interface AggregatedData {
  readonly input: { readonly file: string; readonly format: 'csv' | 'summary-json' | 'summary-csv' };
  readonly variants: readonly string[];
  /** Randomization units per variant: clusters, distinct units, or rows (see docs/analyze.md). */
  readonly units: readonly number[];
  /** What `units` counts. */
  readonly unitsCounted: 'rows' | 'units' | 'clusters' | 'summary';
  readonly metrics: readonly AggregatedMetric[];
  readonly segments: readonly AggregatedSegment[];
  readonly dataQuality: DataQuality;
  /** With `--date COL`: the cumulative statistics at the end of each day. */
  readonly overTime?: AggregatedOverTime;
  /** `--quantile` (CSV only): each asked metric's values per variant, in `variants` order. */
  readonly armValues?: readonly { readonly metric: string; readonly arms: readonly Float64Array[] }[];
  /** Control named in the input (a summary file's `control`). */
  readonly control?: string;
}

export interface AggregatedMetric {
  readonly name: string;
  readonly kind: MetricKind;
  /** Per variant, in `AggregatedData.variants` order. */
  readonly arms: readonly MetricStats[];
  /** Cluster-level statistics per variant (with `--cluster`). */
  readonly clusterArms?: readonly ClusterArmStats[];
  /** The CSV columns behind the metric (CSV input only). */
  readonly columns?: { readonly value: string; readonly denominator?: string; readonly covariate?: string };
  /** Applied winsorizing cap, when `--cap` was given and the metric is not a proportion. */
  readonly cap?: { readonly threshold: number; readonly cappedValues: number };
}

export interface AggregatedSegment {
  readonly name: string;
  readonly units: readonly number[];
  readonly metrics: readonly AggregatedMetric[];
}

/**
 * Data-quality findings. `rows`, `duplicateUnits`, `multiVariantUnits`, `droppedRows` and
 * `warnings` are the public `--json` contract; the rest are details.
 */
export interface DataQuality {
  /** Data rows read (blank lines are not rows). */
  readonly rows: number;
  /** Units (`--unit`) with more than one row. */
  readonly duplicateUnits: number;
  /** Units (`--unit`) with rows in more than one variant. */
  readonly multiVariantUnits: number;
  /** Rows left out of every metric: no variant, an unknown variant, or the multi-variant policy. */
  readonly droppedRows: number;
  readonly warnings: DataQualityWarning[];
  readonly rowsWithoutVariant: number;
  readonly unknownVariants: readonly { readonly name: string; readonly rows: number }[];
  readonly rowsDroppedByUnitPolicy: number;
  readonly multiVariantPolicy: 'report' | 'exclude' | 'first';
  /** Missing cells per numeric column (each leaves its row out of the metrics that use it). */
  readonly missingValues: Readonly<Record<string, number>>;
  readonly distinctUnits?: number;
  readonly clusters?: { readonly count: number; readonly inSeveralVariants: number; readonly rowsOutsideClusterVariant: number };
  /** Full passes over the file (more than one for `--cap pNN` or `--multi-variant exclude`). */
  readonly passes: number;
  /** Bytes held for unit and cluster ids. */
  readonly idMemoryBytes?: number;
}

export type DataQualityWarning = StatsWarning & { readonly count?: number };

/**
 * Cumulative sufficient statistics by day (`--date`), built from per-day sums (days × variants ×
 * metrics), never from stored rows. The last day's entry is the whole-data aggregate itself, so
 * its analysis equals the overall one exactly.
 */
export interface AggregatedOverTime {
  readonly column: string;
  /** What `days[].units` counts: kept rows (also with `--unit`, whose units are counted once overall). */
  readonly unitsCounted: 'rows';
  readonly days: readonly AggregatedDay[];
}

export interface AggregatedDay {
  /** `YYYY-MM-DD`. */
  readonly day: string;
  /** Cumulative units (kept rows) per variant, in `AggregatedData.variants` order. */
  readonly units: readonly number[];
  /** Cumulative statistics of every metric up to the end of this day. */
  readonly metrics: readonly AggregatedMetric[];
}
