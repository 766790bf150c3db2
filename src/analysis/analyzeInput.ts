import { readSummaryFile } from '../io/summaryFile/readSummaryFile.js';
import type { AnalyzeOptions } from './analyzeOptions.js';
import { aggregateCsv } from './input/aggregateCsv.js';
import type { AggregatedData } from './input/AggregatedData.js';
import type { CsvInputPlan, CsvMetricPlan } from './input/csvPlan.js';
import { aggregateSummary } from './input/aggregateSummary.js';

/**
 * Read the input named by the options into per-variant sufficient statistics: stream the CSV
 * (one pass in the common case) or read and validate the summary file.
 */
export function analyzeInput(options: AnalyzeOptions, io: { bufferSize?: number } = {}): AggregatedData {
  if (options.summary !== undefined) {
    const { summary, format } = readSummaryFile(options.summary);
    return aggregateSummary(summary, options.summary, format, options.metric);
  }
  return aggregateCsv(csvPlan(options, io.bufferSize));
}

/** The CSV plan of the options: which columns make which metric, and the data-quality rules. */
export function csvPlan(options: AnalyzeOptions, bufferSize?: number): CsvInputPlan {
  const metrics: CsvMetricPlan[] = [
    ...options.metric.map((name) => {
      const covariates = options.covariate.filter((covariate) => covariate.metric === name).flatMap((covariate) => covariate.columns);
      return { name, ratio: false, value: name, covariate: covariates[0], ...(covariates.length > 0 ? { covariates } : {}) };
    }),
    ...options.ratio.map((ratio) => {
      const pairs = options.covariate.filter((covariate) => covariate.metric === ratio.name).flatMap((covariate) => covariate.ratios ?? []);
      return { name: ratio.name, ratio: true, value: ratio.numerator, denominator: ratio.denominator, ratioCovariate: pairs[0], ...(pairs.length > 0 ? { ratioCovariates: pairs } : {}) };
    }),
  ];
  return {
    file: options.file!,
    variantColumn: options.variant!,
    unitColumn: options.unit,
    clusterColumn: options.cluster,
    segmentColumn: options.segment,
    dateColumn: options.date,
    metrics,
    multiVariant: options.multiVariant,
    knownVariants: options.weights?.names,
    cap: options.cap,
    ...(options.quantile !== undefined ? { quantileMetrics: options.metric } : {}),
    bufferSize,
  };
}
