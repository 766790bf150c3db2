/**
 * Number formatting for chart labels, tables and summaries. Fixed locale (en-US) so reports are
 * byte-identical on every machine. Percentages: formatPercent.ts.
 */

/** 12,345 for integers; one decimal otherwise. */
export function formatCount(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return Number.isInteger(value)
    ? value.toLocaleString('en-US')
    : value.toLocaleString('en-US', { maximumFractionDigits: 1 });
}

/** A number to `digits` significant digits, without exponent for everyday magnitudes. */
export function formatNumber(value: number, digits = 4): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (magnitude >= 1e-4 && magnitude < 1e12) return Number(value.toPrecision(digits)).toLocaleString('en-US', { maximumFractionDigits: 12 });
  return value.toExponential(digits - 1);
}

/** A p-value as analysts write it: "< 0.0001" below that, otherwise 4 decimals. */
export function formatPValue(p: number): string {
  if (!Number.isFinite(p)) return String(p);
  return p < 1e-4 ? '< 0.0001' : p.toFixed(4);
}
