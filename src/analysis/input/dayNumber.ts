const DAY_MS = 86_400_000;

/**
 * `YYYY-MM-DD`, or an ISO 8601 timestamp `YYYY-MM-DDTHH:MM[:SS[.fff]][Z|±HH[:]MM]` (a space may
 * replace the T): the date, the time and the offset, each checked.
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/**
 * The day of a `--date` cell as a whole number of days since 1970-01-01, or undefined when the
 * text is not a valid day or timestamp (Feb 30, hour 25, a US date such as 01/02/2024).
 *
 * A day or a timestamp without an offset is taken as written (the exporter's local day); a
 * timestamp with `Z` or an offset is moved to UTC first, so `2024-03-01T23:30:00-02:00` falls on
 * 2024-03-02. Assumption, documented in docs/analyze.md: warehouse exports either write local
 * days or UTC timestamps; mixing both in one column mixes two calendars.
 */
export function dayNumber(text: string): number | undefined {
  const match = ISO.exec(text.trim());
  if (match === null) return undefined;
  const [, y, mo, d, h, mi, s, offset] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const date = Date.UTC(year, month - 1, day);
  const check = new Date(date);
  if (month < 1 || month > 12 || check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return undefined;
  if (h === undefined) return date / DAY_MS;
  const hours = Number(h);
  const minutes = Number(mi);
  const seconds = s === undefined ? 0 : Number(s);
  if (hours > 23 || minutes > 59 || seconds > 60) return undefined;
  const offsetMinutes = offsetOf(offset);
  if (offsetMinutes === undefined) return undefined;
  const instant = date + ((hours * 60 + minutes - offsetMinutes) * 60 + seconds) * 1000;
  return Math.floor(instant / DAY_MS);
}

/** Minutes east of UTC; 0 without an offset (the timestamp is taken as written). */
function offsetOf(offset: string | undefined): number | undefined {
  if (offset === undefined || offset === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
  if (hours > 14 || minutes > 59) return undefined;
  return sign * (hours * 60 + minutes);
}

/** A day number back to `YYYY-MM-DD`. */
export function dayText(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
