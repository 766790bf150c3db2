import { describe, expect, it } from 'vitest';
import { compareMeans, statsFromValues, welchDegreesOfFreedom, armMoments } from '../../src/stats/index.js';
import { loadFixture } from './goldenHelpers.js';
import { checkComparisonCase, type ComparisonCase } from './comparisonGolden.js';

const cases = loadFixture<(ComparisonCase & { df: number })[]>('core_means.json');

describe('compareMeans (two-sided, greater, less Welch) against scipy ttest_ind(equal_var=False)', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    checkComparisonCase(compareMeans, c);
    const control = armMoments(c.control, 'mean');
    const treatment = armMoments(c.treatment, 'mean');
    const df = welchDegreesOfFreedom(control.varianceOfMean, control.n, treatment.varianceOfMean, treatment.n);
    expect(Math.abs(df - c.df)).toBeLessThanOrEqual(1e-6 * c.df);
  });

  it('covers p-values down to 1e-15 and beyond, and every Fieller case', () => {
    const pValues = cases.map((c) => c.absolute.pValue!);
    expect(Math.min(...pValues)).toBeLessThan(1e-15);
    const codes = new Set(cases.map((c) => c.relative.fiellerWarning));
    expect([...codes].sort()).toEqual(['FIELLER_DISJOINT', 'FIELLER_UNBOUNDED', null].sort());
  });
});

describe('compareMeans data conditions', () => {
  const options = { alpha: 0.05, sides: 'two', relativeCi: 'delta' } as const;
  it('an empty arm gives EMPTY_ARM and an uninformative, NaN-free result', () => {
    const result = compareMeans(statsFromValues([]), statsFromValues([1, 2, 3]), options);
    expect(result.warnings.map((w) => w.code)).toEqual(['EMPTY_ARM']);
    expect(result.absolute).toEqual({ estimate: 0, se: Infinity, ci: [-Infinity, Infinity], pValue: 1 });
    expect(result.relative).toBeNull();
  });
  it('n = 1 gives TOO_FEW_UNITS', () => {
    const result = compareMeans(statsFromValues([5]), statsFromValues([1, 2, 3]), options);
    expect(result.warnings.map((w) => w.code)).toEqual(['TOO_FEW_UNITS']);
    expect(result.absolute.pValue).toBe(1);
  });
  it('zero variance in both arms: uninformative, never a zero-width interval or p = 0 (issue 11)', () => {
    const equal = compareMeans(statsFromValues([2, 2, 2]), statsFromValues([2, 2]), options);
    expect(equal.warnings.map((w) => w.code)).toEqual(['ZERO_VARIANCE']);
    expect(equal.absolute).toEqual({ estimate: 0, se: Infinity, ci: [-Infinity, Infinity], pValue: 1 });
    expect(equal.relative).toBeNull();
    const different = compareMeans(statsFromValues([2, 2, 2]), statsFromValues([3, 3]), { ...options, relativeCi: 'fieller' });
    expect(different.absolute).toEqual({ estimate: 0, se: Infinity, ci: [-Infinity, Infinity], pValue: 1 });
  });
  it('a negative or zero control mean gives a null relative lift, never a sign flip', () => {
    for (const control of [[-1, -2, -3], [0, 0, 1, -1]]) {
      const result = compareMeans(statsFromValues(control), statsFromValues([1, 2, 3]), options);
      expect(result.relative).toBeNull();
      expect(result.warnings.map((w) => w.code)).toContain('NON_POSITIVE_CONTROL_MEAN');
      expect(Number.isFinite(result.absolute.pValue)).toBe(true);
    }
  });
  it('rejects options out of range (a programmer error)', () => {
    expect(() => compareMeans(statsFromValues([1, 2]), statsFromValues([1, 2]), { ...options, alpha: 0 })).toThrow(RangeError);
    expect(() => compareMeans(statsFromValues([1, 2]), statsFromValues([1, 2]), { ...options, alpha: 1.2 })).toThrow(RangeError);
  });
});
