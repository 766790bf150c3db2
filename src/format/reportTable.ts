/**
 * A table of results as data: what a report shows as an HTML table and writes as
 * `tables/<name>.csv`, and what commands write as `data/<name>.csv`. Defined in src/format so
 * that the analysis and the experiments can make tables without importing the report.
 */
export type CellValue = string | number | boolean | null;

export interface ReportTable {
  /** File-name stem of the CSV: lower-case letters, digits and dashes. */
  readonly name: string;
  readonly title: string;
  readonly caption?: string;
  readonly columns: readonly ReportColumn[];
  readonly rows: readonly Readonly<Record<string, CellValue>>[];
}

export interface ReportColumn {
  readonly key: string;
  /** Header with unit, e.g. "Revenue (¥)". */
  readonly label: string;
  /** How the HTML shows numbers (the CSV keeps full precision). Default "number". */
  readonly format?: 'count' | 'percent' | 'signedPercent' | 'number' | 'pValue' | 'text';
}
