/** Where a browser's result JSON first differs from the CLI's, if anywhere. */
export interface ResultDifference {
  /** Numbers compared. */
  numbers: number;
  /** Every difference found, each naming its path: a key, string, number (to the last bit) or array length. */
  mismatches: string[];
  /** The first of them, or null when the results are equal. */
  first: string | null;
}

/**
 * Compare two results value by value; everything must be equal, numbers to the last bit
 * (Object.is, so −0 ≠ 0). The simulator computes exp, log, pow, sin… with src/math, which gives
 * the same bits in every engine, so the browser's result equals the CLI's byte for byte
 * (docs/web.md). This walk exists to name the first differing path when they do not.
 */
export function compareResults(cli: unknown, browser: unknown): ResultDifference {
  const difference: ResultDifference = { numbers: 0, mismatches: [], first: null };
  const mismatch = (text: string): void => {
    difference.mismatches.push(text);
    difference.first ??= text;
  };
  const walk = (a: unknown, b: unknown, path: string): void => {
    if (typeof a === 'number' && typeof b === 'number') {
      difference.numbers++;
      if (Object.is(a, b)) return;
      const relative = Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
      mismatch(`${path}: ${a} ≠ ${b}${Number.isFinite(relative) && relative > 0 ? ` (relative ${relative.toExponential(1)})` : ''}`);
      return;
    }
    if (Array.isArray(a) && Array.isArray(b)) {
      if (a.length !== b.length) mismatch(`${path}: ${a.length} items ≠ ${b.length}`);
      a.slice(0, b.length).forEach((item, index) => walk(item, b[index], `${path}[${index}]`));
      return;
    }
    if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
      const keysA = Object.keys(a);
      const keysB = Object.keys(b);
      if (keysA.join() !== keysB.join()) mismatch(`${path}: keys ${keysA.join(',')} ≠ ${keysB.join(',')}`);
      for (const key of keysA) if (key in b) walk((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
      return;
    }
    if (a !== b) mismatch(`${path}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`);
  };
  walk(cli, browser, '');
  return difference;
}
