import { warning } from '../../stats/warnings.js';
import type { AggregatedMetric, DataQuality, DataQualityWarning } from './AggregatedData.js';

/**
 * The coded warnings of a data-quality report, each with its count and a detail that names
 * what to look at (columns, variants, the policy applied).
 */
export function dataQualityWarnings(quality: Omit<DataQuality, 'warnings'>, metrics: readonly AggregatedMetric[]): DataQualityWarning[] {
  const warnings: DataQualityWarning[] = [];
  const add = (count: number, entry: ReturnType<typeof warning>) => {
    if (count > 0) warnings.push({ ...entry, count });
  };
  add(quality.rowsWithoutVariant, warning('ROWS_WITHOUT_VARIANT', `${quality.rowsWithoutVariant} rows`));
  const unknown = quality.unknownVariants.map((variant) => `"${variant.name}": ${variant.rows} rows`).join(', ');
  add(quality.unknownVariants.length, warning('UNKNOWN_VARIANTS', unknown));
  add(quality.duplicateUnits, warning('DUPLICATE_UNITS', `${quality.duplicateUnits} units`));
  const policy = {
    report: 'kept in every variant (--multi-variant report)',
    exclude: `all their rows dropped (--multi-variant exclude): ${quality.rowsDroppedByUnitPolicy} rows`,
    first: `rows outside their first variant dropped (--multi-variant first): ${quality.rowsDroppedByUnitPolicy} rows`,
  }[quality.multiVariantPolicy];
  add(quality.multiVariantUnits, warning('MULTI_VARIANT_UNITS', `${quality.multiVariantUnits} units; ${policy}`));
  const missing = Object.entries(quality.missingValues);
  const missingCount = missing.reduce((sum, [, count]) => sum + count, 0);
  add(missingCount, warning('MISSING_VALUES', missing.map(([column, count]) => `${column}: ${count}`).join(', ')));
  const clusters = quality.clusters;
  if (clusters) add(clusters.inSeveralVariants, warning('CLUSTER_IN_SEVERAL_VARIANTS', `${clusters.inSeveralVariants} clusters, ${clusters.rowsOutsideClusterVariant} rows dropped`));
  for (const metric of metrics) {
    if (metric.cap) add(metric.cap.cappedValues, warning('VALUES_CAPPED', `${metric.name}: ${metric.cap.cappedValues} values above ${metric.cap.threshold}`));
  }
  return warnings;
}
