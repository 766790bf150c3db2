/** How a browser's result JSON differs from the CLI's, field by field. */
export interface ResultDifference {
  /** Numbers compared, and how many differed at all (in the last bits). */
  numbers: number;
  lastBits: number;
  /** Largest relative difference of a non-integer number. */
  largestRelative: number;
  /** Anything else: a different key, string, integer or array length, or a number beyond the tolerance. */
  mismatches: string[];
}

/**
 * Compare two results: everything must be equal except non-integer numbers, which may differ in
 * their last bits by at most `tolerance` relative. Why any differ at all: Chromium's V8 and Node
 * 20's V8 compute Math.exp, Math.pow, Math.sin… with different libm code (a last-bit difference in
 * about one result in ten; docs/web.md), so continuous event times drift by ~1e-14, while every
 * count, order and revenue comes out the same.
 */
export function compareResults(cli: unknown, browser: unknown, tolerance = 1e-10): ResultDifference {
  const difference: ResultDifference = { numbers: 0, lastBits: 0, largestRelative: 0, mismatches: [] };
  const walk = (a: unknown, b: unknown, path: string): void => {
    if (typeof a === 'number' && typeof b === 'number') {
      difference.numbers++;
      if (a === b) return;
      const relative = Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
      if (Number.isInteger(a) && Number.isInteger(b) && Math.abs(a) < 1e6) {
        difference.mismatches.push(`${path}: ${a} ≠ ${b}`);
        return;
      }
      difference.lastBits++;
      difference.largestRelative = Math.max(difference.largestRelative, relative);
      if (relative > tolerance) difference.mismatches.push(`${path}: ${a} ≠ ${b} (relative ${relative.toExponential(1)})`);
      return;
    }
    if (Array.isArray(a) && Array.isArray(b)) {
      if (a.length !== b.length) difference.mismatches.push(`${path}: ${a.length} items ≠ ${b.length}`);
      a.slice(0, b.length).forEach((item, index) => walk(item, b[index], `${path}[${index}]`));
      return;
    }
    if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
      const keysA = Object.keys(a);
      const keysB = Object.keys(b);
      if (keysA.join() !== keysB.join()) difference.mismatches.push(`${path}: keys ${keysA.join(',')} ≠ ${keysB.join(',')}`);
      for (const key of keysA) if (key in b) walk((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
      return;
    }
    if (a !== b) difference.mismatches.push(`${path}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`);
  };
  walk(cli, browser, '');
  return difference;
}
