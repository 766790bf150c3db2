import { describe, expect, it } from 'vitest';
import { compareResults } from './helpers/compareResults.js';

describe('compareResults', () => {
  it('finds equal results equal and counts their numbers', () => {
    const difference = compareResults({ a: 1560.0451890993538, n: 3, s: 'x', l: [0.1, 2] }, { a: 1560.0451890993538, n: 3, s: 'x', l: [0.1, 2] });
    expect(difference).toEqual({ numbers: 4, mismatches: [], first: null });
  });

  it('rejects a last-bit difference and names its path first', () => {
    const difference = compareResults({ r: [{ a: 1560.0451890993538 }], n: 4 }, { r: [{ a: 1560.0451890993543 }], n: 5 });
    expect(difference.first).toBe('.r[0].a: 1560.0451890993538 ≠ 1560.0451890993543 (relative 2.9e-16)');
    expect(difference.mismatches).toHaveLength(2);
  });

  it('rejects a different count, string, key, sign of zero or array length', () => {
    expect(compareResults({ n: 3 }, { n: 4 }).mismatches).toEqual(['.n: 3 ≠ 4 (relative 2.5e-1)']);
    expect(compareResults({ s: 'a' }, { s: 'b' }).mismatches).toHaveLength(1);
    expect(compareResults({ a: 1 }, { b: 1 }).mismatches).toHaveLength(1);
    expect(compareResults({ z: 0 }, { z: -0 }).mismatches).toHaveLength(1);
    expect(compareResults([1, 2], [1]).mismatches).toHaveLength(1);
  });
});
