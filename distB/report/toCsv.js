/**
 * A report table as CSV (RFC 4180): header of column labels, then one line per row, numbers at
 * full precision, fields quoted when they contain a comma, quote or line break, CRLF line ends.
 * Text cells starting with = + - @ get a leading apostrophe so spreadsheets do not run them as
 * formulas (OWASP "CSV injection").
 */
export function toCsv(table) {
    const header = table.columns.map((column) => csvField(column.label));
    const lines = table.rows.map((row) => table.columns.map((column) => csvCell(row[column.key] ?? null)));
    return [header, ...lines].map((fields) => fields.join(',')).join('\r\n') + '\r\n';
}
function csvCell(value) {
    if (value === null)
        return '';
    if (typeof value === 'number')
        return Number.isFinite(value) ? String(value) : csvField(String(value));
    if (typeof value === 'boolean')
        return value ? 'true' : 'false';
    return csvField(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
}
function csvField(text) {
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
//# sourceMappingURL=toCsv.js.map