import { describe, expect, it } from 'vitest';
import { compare, compareMeans, compareProportions, compareRatios, statsFromValues, toJsonSafe } from '../../src/stats/index.js';

describe('toJsonSafe', () => {
  it('writes infinite interval ends and se as null, keeps finite numbers', () => {
    const effect = { estimate: 0.5, se: 0.1, ci: [0.33, Infinity] as [number, number], pValue: 1e-5 };
    expect(toJsonSafe(effect)).toEqual({ estimate: 0.5, se: 0.1, ci: [0.33, null], pValue: 1e-5 });
    expect(JSON.parse(JSON.stringify(toJsonSafe({ estimate: 0, se: Infinity, ci: [-Infinity, Infinity], pValue: 1 })))).toEqual({
      estimate: 0,
      se: null,
      ci: [null, null],
      pValue: 1,
    });
  });
});

describe('compare dispatches on the metric kind', () => {
  it('proportion, mean and ratio', () => {
    const a = statsFromValues([0, 1, 1, 0, 1, 0], { denominator: [1, 2, 1, 1, 2, 1] });
    const b = statsFromValues([1, 1, 1, 0, 1, 1], { denominator: [1, 1, 1, 2, 2, 1] });
    expect(compare('proportion', a, b)).toEqual(compareProportions(a, b));
    expect(compare('mean', a, b)).toEqual(compareMeans(a, b));
    expect(compare('ratio', a, b)).toEqual(compareRatios(a, b));
  });
});
