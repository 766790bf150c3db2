/**
 * The one way livelift writes a fraction as a percentage (terminal, report, web), documented in
 * docs/reports.md ("Percentages"):
 * - by default one decimal, and below 1% two significant digits so that a small rate never
 *   reads as "0.0%": 0.1234 → "12.3%", 0.00045 → "0.045%", 0.005 → "0.5%", 0 → "0%";
 * - with `digits`, exactly that many decimals (for table columns and charts that line up):
 *   formatPercent(0.1234, 2) → "12.34%";
 * - a lift (a relative change) is signed, with a true minus sign: +12.3%, −5.0%;
 * - a difference of two proportions is in percentage points, signed: 0.012 → "+1.2 pp";
 * - a value that is not a finite number (no data) is "–".
 */
export function formatPercent(fraction: number, digits?: number): string {
  if (!Number.isFinite(fraction)) return MISSING;
  return `${percentDigits(100 * fraction, digits)}%`;
}

/** A relative change (lift): "+12.3%", "−5.0%", "0.0%" for no change. */
export function formatSignedPercent(fraction: number, digits?: number): string {
  if (!Number.isFinite(fraction)) return MISSING;
  return `${sign(fraction)}${formatPercent(Math.abs(fraction), digits)}`;
}

/** A difference of two proportions in percentage points: 0.012 → "+1.2 pp", −0.003 → "−0.3 pp". */
export function formatPercentagePoints(difference: number, digits?: number): string {
  if (!Number.isFinite(difference)) return MISSING;
  return `${sign(difference)}${percentDigits(100 * Math.abs(difference), digits)} pp`;
}

/** What a percentage cell shows when there is no number. */
const MISSING = '–';

function sign(value: number): string {
  if (value > 0) return '+';
  return value < 0 ? '−' : '';
}

/**
 * `percent` with exactly `digits` decimals; without `digits`, one decimal, "0" for zero, and
 * below 1 two significant digits without trailing zeros (0.45, 0.5, 0.012).
 */
function percentDigits(percent: number, digits: number | undefined): string {
  if (digits !== undefined) return withoutNegativeZero(percent.toFixed(digits));
  if (percent === 0) return '0';
  if (Math.abs(percent) >= 1) return percent.toFixed(1);
  return String(Number(percent.toPrecision(2)));
}

/** "-0.0" (a tiny negative rounded away) reads as "0.0". */
function withoutNegativeZero(text: string): string {
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}
