import type { Cap } from '../../stats/robust/index.js';
import type { MultiVariantPolicy } from './UnitTracker.js';

/** One metric to aggregate from a CSV: which columns feed which sums. */
export interface CsvMetricPlan {
  /** Metric name: the column for `--metric`, NAME for `--ratio NAME=NUM/DEN`. */
  readonly name: string;
  /** True for `--ratio`; otherwise the column's values decide (0/1: proportion, else mean). */
  readonly ratio: boolean;
  /** The metric column, or the ratio's numerator column. */
  readonly value: string;
  /** The ratio's denominator column. */
  readonly denominator?: string;
  /** CUPED covariate column of a mean or proportion metric (`--covariate METRIC=COL`). */
  readonly covariate?: string;
  /** Every covariate column (`--covariate METRIC=COL,COL…`), the first being `covariate`. */
  readonly covariates?: readonly string[];
  /** CUPED pre-period numerator and denominator of a ratio metric (`--covariate NAME=NUM/DEN`). */
  readonly ratioCovariate?: { readonly numerator: string; readonly denominator: string };
  /** Every pre-period pair of a ratio metric (`--covariate NAME=NUM/DEN[,NUM/DEN…]`), the first being `ratioCovariate`. */
  readonly ratioCovariates?: readonly { readonly numerator: string; readonly denominator: string }[];
}

/** Everything the CSV passes need to know, resolved from the command-line options. */
export interface CsvInputPlan {
  readonly file: string;
  readonly variantColumn: string;
  readonly unitColumn?: string;
  readonly clusterColumn?: string;
  readonly segmentColumn?: string;
  /** `--date`: a day or timestamp column; per-day sums are kept for the over-time view. */
  readonly dateColumn?: string;
  readonly metrics: readonly CsvMetricPlan[];
  readonly multiVariant: MultiVariantPolicy;
  /** Variants named by `--weights A=50,B=50`: rows of any other variant are dropped. */
  readonly knownVariants?: readonly string[];
  /** `--cap`: an absolute cap or a pooled percentile, for mean and ratio metrics. */
  readonly cap?: Cap;
  /** `--quantile`: names of the `--metric` columns whose per-arm values are kept for the bootstrap. */
  readonly quantileMetrics?: readonly string[];
  /** Read buffer size in bytes (tests use small ones to cross buffer boundaries). */
  readonly bufferSize?: number;
}
