import type { AnalysisResultData as AnalysisResult } from '../../results/index.js';
import type { ReportTable } from '../report.js';

/**
 * `--quantile`: each asked quantile of both arms of every mean metric and their difference, with
 * the seeded percentile-bootstrap intervals exactly as the result states them (the report reads,
 * never resamples). Labelled as beside the decision, which stays the comparison of means.
 * Undefined when the result has no quantile rows.
 */
export function analysisQuantileTable(result: AnalysisResult): ReportTable | undefined {
  const rows = result.metrics.flatMap((metric) =>
    metric.comparisons.flatMap((comparison) =>
      (comparison.quantiles ?? []).map((row) => ({
        metric: metric.name,
        quantile: row.quantile,
        variant: comparison.variant,
        control: comparison.control,
        controlQuantile: row.control,
        variantQuantile: row.treatment,
        difference: row.absolute?.estimate ?? null,
        differenceLo: row.absolute?.ci[0] ?? null,
        differenceHi: row.absolute?.ci[1] ?? null,
        relative: row.relative?.estimate ?? null,
        relativeLo: row.relative?.ci[0] ?? null,
        relativeHi: row.relative?.ci[1] ?? null,
        method: `${row.label} (${row.resamples} resamples, seed ${row.seed})`,
      })),
    ),
  );
  if (rows.length === 0) return undefined;
  const level = `${Math.round((1 - result.alpha) * 1000) / 10}%`;
  const notes = result.metrics.flatMap((metric) => (metric.quantileNote ? [`${metric.name}: ${metric.quantileNote}.`] : []));
  return {
    name: 'quantiles',
    title: 'Quantiles (bootstrap, not the decision test)',
    caption: [
      `Quantiles of each arm (numpy's linear method) and their difference with ${level} percentile-bootstrap intervals, rows resampled within each arm. Beside the decision, which stays the comparison of means above; an empty relative cell means the control quantile or one of its resamples is not positive.`,
      ...notes,
    ].join(' '),
    columns: [
      { key: 'metric', label: 'Metric', format: 'text' },
      { key: 'quantile', label: 'Quantile', format: 'number' },
      { key: 'variant', label: 'Variant', format: 'text' },
      { key: 'control', label: 'Control', format: 'text' },
      { key: 'controlQuantile', label: 'Control quantile', format: 'number' },
      { key: 'variantQuantile', label: 'Variant quantile', format: 'number' },
      { key: 'difference', label: 'Difference', format: 'number' },
      { key: 'differenceLo', label: `Difference, ${level} CI low`, format: 'number' },
      { key: 'differenceHi', label: `Difference, ${level} CI high`, format: 'number' },
      { key: 'relative', label: 'Relative (%)', format: 'signedPercent' },
      { key: 'relativeLo', label: `Relative, ${level} CI low (%)`, format: 'signedPercent' },
      { key: 'relativeHi', label: `Relative, ${level} CI high (%)`, format: 'signedPercent' },
      { key: 'method', label: 'Method', format: 'text' },
    ],
    rows,
  };
}
