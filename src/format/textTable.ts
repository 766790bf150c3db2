/** How the columns of a text table line up. */
export interface TextTableOptions {
  /**
   * `numbers` (default): cells that look numeric (a sign, digits, a % or a currency code) are
   * right-aligned, others left-aligned. `first-left`: the first column left, every other right.
   */
  align?: 'numbers' | 'first-left';
  /** Underline the first row (the header) with dashes (default true). */
  underline?: boolean;
  /** Put before every line, e.g. an indent (default ""). */
  indent?: string;
}

/**
 * The one text-table printer of livelift's terminal output: rows of cells as aligned columns two
 * spaces apart, trailing spaces trimmed. Rows may be shorter than the header (missing cells are
 * empty). Every command's tables (analyze, experiment, sweep, bandit, power, fit, backtest,
 * simulate) go through it, so they line up the same way.
 */
export function textTable(rows: readonly (readonly string[])[], options: TextTableOptions = {}): string[] {
  if (rows.length === 0) return [];
  const { align = 'numbers', underline = true, indent = '' } = options;
  const columns = Math.max(...rows.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  const right = (cell: string, column: number) => (align === 'first-left' ? column > 0 : NUMERIC.test(cell));
  const line = (row: readonly string[]) =>
    `${indent}${row.map((cell, column) => (right(cell, column) ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join('  ')}`.trimEnd();
  const rule = underline ? [`${indent}${widths.map((width) => '-'.repeat(width)).join('  ')}`] : [];
  return [line(rows[0]), ...rule, ...rows.slice(1).map(line)];
}

/** A cell that reads as a number: sign, digits with separators, an optional % or currency code. */
const NUMERIC = /^[+−-]?[\d.,]+[%]?( [A-Z]{3})?$/;
