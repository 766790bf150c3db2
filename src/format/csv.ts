/**
 * The one CSV writer of livelift (RFC 4180), for every file it writes: report tables, `data/`
 * tables, summary.csv, timeline.csv and the per-viewer export.
 *
 * - One line ending, CRLF (RFC 4180 §2.1), after every line including the last.
 * - A field is quoted when it holds a comma, a quote or a line break; quotes are doubled.
 * - Numbers at full precision (`String(number)`, the shortest text that reads back as the same
 *   double); rounding belongs to the report's display, never to a data file. NaN and ±Infinity are
 *   written as text; a missing value is an empty field.
 * - Formula-injection guard (OWASP "CSV injection") on every text cell, names and ids included:
 *   text starting with = + - @ tab or CR gets a leading apostrophe, so a spreadsheet shows it
 *   instead of running it. Numbers are never guarded (a negative number stays a number).
 */
export type CsvValue = string | number | boolean | null | undefined;

/** The line ending of every CSV file livelift writes. */
export const CSV_LINE_END = '\r\n';

/** One field. */
export function csvValue(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return quoteCsvField(guardFormula(value));
}

/** Text a spreadsheet would run as a formula gets a leading apostrophe. */
export function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Quote a field when it needs it (no formula guard: for values already guarded). */
export function quoteCsvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One line, with its line ending. */
export function csvLine(values: readonly CsvValue[]): string {
  return values.map(csvValue).join(',') + CSV_LINE_END;
}

/** A whole file: the header line, then one line per row. */
export function csvDocument(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  const lines = [csvLine(header)];
  for (const row of rows) lines.push(csvLine(row));
  return lines.join('');
}
