import type { CellValue, ReportColumn } from './reportTable.js';

/** An interval's two bounds; null where a bound is not available (e.g. unbounded). */
export type IntervalBounds = readonly [number | null, number | null];

/**
 * An estimate with its interval as three adjacent table columns: `key` (the estimate),
 * `${key}Lo` and `${key}Hi` (its bounds), headed `label` and `bounds`, all in one `format`
 * (left out: the table's default, "number"). The row cells are {@link estimateCells}.
 *
 * @example estimateColumns('power', 'Power', ciBounds('Power'), 'percent')
 *   // [{ key: 'power', label: 'Power', format: 'percent' },
 *   //  { key: 'powerLo', label: 'Power 95% CI low', format: 'percent' }, { key: 'powerHi', … }]
 */
export function estimateColumns(key: string, label: string, bounds: readonly [string, string], format?: ReportColumn['format']): ReportColumn[] {
  const column = (columnKey: string, columnLabel: string): ReportColumn => (format === undefined ? { key: columnKey, label: columnLabel } : { key: columnKey, label: columnLabel, format });
  return [column(key, label), column(`${key}Lo`, bounds[0]), column(`${key}Hi`, bounds[1])];
}

/**
 * The row cells of {@link estimateColumns}: the estimate and its bounds, null where the estimate
 * or the interval is absent.
 *
 * @example estimateCells('revenue', 120, [100, 140]) // { revenue: 120, revenueLo: 100, revenueHi: 140 }
 */
export function estimateCells(key: string, estimate: number | null, interval: IntervalBounds | null | undefined): Record<string, CellValue> {
  return { [key]: estimate, [`${key}Lo`]: interval?.[0] ?? null, [`${key}Hi`]: interval?.[1] ?? null };
}

/**
 * Headers of a 95% confidence interval's bounds, in the two forms livelift's tables use: without a
 * unit, the data files' "Revenue 95% CI low"; with one, the report's "Revenue, 95% CI low (¥)".
 */
export function ciBounds(name: string, unit?: string): [string, string] {
  return unit === undefined ? [`${name} 95% CI low`, `${name} 95% CI high`] : [`${name}, 95% CI low (${unit})`, `${name}, 95% CI high (${unit})`];
}
