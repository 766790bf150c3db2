/**
 * Rows of cells as aligned text columns (two spaces apart), the first row a header underlined
 * with dashes. Cells are left-aligned except those that look numeric (a sign, digit or currency
 * amount), which are right-aligned so digits line up.
 */
export function textTable(rows: readonly (readonly string[])[]): string[] {
  if (rows.length === 0) return [];
  const columns = Math.max(...rows.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  const numeric = (text: string) => /^[+−-]?[\d.,]+[%]?( [A-Z]{3})?$/.test(text);
  const line = (row: readonly string[]) =>
    row.map((cell, column) => (numeric(cell) ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join('  ').trimEnd();
  return [line(rows[0]), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.slice(1).map(line)];
}
