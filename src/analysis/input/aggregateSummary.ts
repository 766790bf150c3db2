import { InputError } from '../../io/inputError.js';
import type { SummaryFile } from '../../io/summaryFile/summarySchema.js';
import type { MetricStats } from '../../stats/sufficientStats.js';
import type { AggregatedData } from './AggregatedData.js';

/**
 * A validated summary file as {@link AggregatedData}: arms in the order of `variants`, a
 * proportion's missing Σx² filled with Σx (x² = x for 0/1 values). Covariate sums must be on
 * every arm of a metric or on none (CUPED then runs for that metric). `metrics` (from --metric)
 * keeps only the named metrics, in that order.
 */
export function aggregateSummary(summary: SummaryFile, file: string, format: 'summary-json' | 'summary-csv', metrics: readonly string[] = []): AggregatedData {
  const unknown = metrics.filter((name) => !summary.metrics.some((metric) => metric.name === name));
  if (unknown.length > 0) {
    const available = summary.metrics.map((metric) => metric.name).join(', ');
    throw new InputError(unknown.map((name) => ({ file, path: '--metric', message: `no metric "${name}" in the summary; it has ${available}` })));
  }
  const chosen = metrics.length === 0 ? summary.metrics : metrics.map((name) => summary.metrics.find((metric) => metric.name === name)!);
  const variants = summary.variants.map((variant) => variant.name);
  return {
    input: { file, format },
    variants,
    units: summary.variants.map((variant) => variant.units),
    unitsCounted: 'summary',
    control: summary.control,
    metrics: chosen.map((metric) => {
      const m = summary.metrics.indexOf(metric);
      const withCovariate = metric.variants.filter((arm) => arm.covariate !== undefined).length;
      if (withCovariate > 0 && withCovariate < metric.variants.length) {
        throw new InputError({ file, path: `metrics[${m}].variants`, message: 'covariate sums must be given for every arm or for none' });
      }
      const arms = variants.map((name): MetricStats => {
        const arm = metric.variants.find((candidate) => candidate.name === name)!;
        return {
          n: arm.n,
          sum: arm.sum,
          sumSquares: arm.sumSquares ?? arm.sum,
          ...(arm.shift !== undefined ? { shift: arm.shift } : {}),
          ...(arm.covariate ? { covariate: arm.covariate } : {}),
          ...(arm.denominator ? { denominator: arm.denominator } : {}),
        };
      });
      return { name: metric.name, kind: metric.kind, arms };
    }),
    segments: [],
    dataQuality: {
      rows: summary.variants.reduce((sum, variant) => sum + variant.units, 0),
      duplicateUnits: 0,
      multiVariantUnits: 0,
      droppedRows: 0,
      warnings: [],
      rowsWithoutVariant: 0,
      unknownVariants: [],
      rowsDroppedByUnitPolicy: 0,
      multiVariantPolicy: 'report',
      missingValues: {},
      passes: 0,
    },
  };
}
