import { csvDocument } from './csv.js';
import type { ReportTable } from './reportTable.js';

/**
 * A report table as CSV with the one CSV writer (src/format/csv.ts): header of column labels,
 * then one line per row, numbers at full precision, text guarded against formula injection.
 */
export function toCsv(table: ReportTable): string {
  return csvDocument(
    table.columns.map((column) => column.label),
    table.rows.map((row) => table.columns.map((column) => row[column.key] ?? null)),
  );
}
