import { describe, expect, it } from 'vitest';
import { scenarioDiff } from '../../../src/experiments/units/scenarioDiff.js';

describe('scenarioDiff', () => {
  it('finds leaf differences with their paths', () => {
    const before = { a: 1, b: [1, 2], c: { d: 'x', e: true } };
    const after = { a: 1, b: [1, 3], c: { d: 'y', e: true }, f: 0 };
    expect(scenarioDiff(before, after)).toEqual([
      { path: ['b', 1], before: 2, after: 3 },
      { path: ['c', 'd'], before: 'x', after: 'y' },
      { path: ['f'], before: undefined, after: 0 },
    ]);
  });
  it('treats a list whose length changed as one difference', () => {
    expect(scenarioDiff({ plan: [1, 2] }, { plan: [1] })).toEqual([{ path: ['plan'], before: [1, 2], after: [1] }]);
  });
  it('finds nothing between equal values', () => {
    expect(scenarioDiff({ a: [{ b: NaN }] }, { a: [{ b: NaN }] })).toEqual([]);
  });
});
