import { describe, expect, it } from 'vitest';
import { compareResults } from './helpers/compareResults.js';

describe('compareResults', () => {
  it('accepts last-bit differences of non-integers and counts them', () => {
    const difference = compareResults({ a: 1560.0451890993538, n: 3 }, { a: 1560.0451890993543, n: 3 });
    expect(difference.mismatches).toEqual([]);
    expect(difference.lastBits).toBe(1);
  });

  it('rejects a different count, string, key or a number beyond the tolerance', () => {
    expect(compareResults({ n: 3 }, { n: 4 }).mismatches).toEqual(['.n: 3 ≠ 4']);
    expect(compareResults({ s: 'a' }, { s: 'b' }).mismatches).toHaveLength(1);
    expect(compareResults({ a: 1 }, { b: 1 }).mismatches).toHaveLength(1);
    expect(compareResults({ x: 1.5 }, { x: 1.5000001 }).mismatches).toHaveLength(1);
    expect(compareResults([1, 2], [1]).mismatches).toHaveLength(1);
  });
});
