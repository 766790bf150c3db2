import { describe, expect, it } from 'vitest';
import { srmTest } from '../../src/stats/index.js';
import { expectClose, loadFixture } from './goldenHelpers.js';

interface SrmCase {
  observed: number[];
  shares: number[];
  chiSquare: number;
  pValue: number;
  df: number;
  flagged: boolean;
}

describe('srmTest against scipy.stats.chisquare', () => {
  for (const c of loadFixture<SrmCase[]>('core_srm.json')) {
    it(`${c.observed.join('/')} against ${c.shares.join(':')}`, () => {
      const result = srmTest(c.observed, c.shares);
      expectClose(result.chiSquare, c.chiSquare, 'chi-square');
      expectClose(result.pValue, c.pValue, 'p-value', 1e-6, 0);
      expect(result.df).toBe(c.df);
      expect(result.flagged).toBe(c.flagged);
    });
  }
  it('honours the threshold, a zero share and no units at all', () => {
    expect(srmTest([5000, 5200], [1, 1], 0.05).flagged).toBe(true);
    expect(srmTest([5000, 5200], [1, 1]).flagged).toBe(false);
    const impossible = srmTest([10, 5], [1, 0]);
    expect(impossible.chiSquare).toBe(Infinity);
    expect(impossible.pValue).toBe(0);
    expect(impossible.flagged).toBe(true);
    expect(srmTest([0, 0], [1, 1])).toMatchObject({ chiSquare: 0, pValue: 1, flagged: false });
  });
  it('rejects malformed input', () => {
    expect(() => srmTest([1, 2], [1])).toThrow(RangeError);
    expect(() => srmTest([1, -2], [1, 1])).toThrow(RangeError);
    expect(() => srmTest([1, 2], [0, 0])).toThrow(RangeError);
  });
});
