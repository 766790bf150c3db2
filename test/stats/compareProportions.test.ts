import { describe, expect, it } from 'vitest';
import { compareProportions } from '../../src/stats/index.js';
import { loadFixture } from './goldenHelpers.js';
import { checkComparisonCase, type ComparisonCase } from './comparisonGolden.js';

const cases = loadFixture<ComparisonCase[]>('core_proportions.json');

describe('compareProportions against the pooled z-test (scipy chi2_contingency) and the Wald interval', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkComparisonCase(compareProportions, c));
});

describe('compareProportions data conditions', () => {
  const options = { alpha: 0.05, sides: 'two', relativeCi: 'delta' } as const;
  it('0% in both arms: ZERO_VARIANCE, p = 1, relative null', () => {
    const result = compareProportions({ n: 100, sum: 0, sumSquares: 0 }, { n: 120, sum: 0, sumSquares: 0 }, options);
    const codes = result.warnings.map((w) => w.code);
    expect(codes).toEqual(expect.arrayContaining(['ZERO_VARIANCE', 'NON_POSITIVE_CONTROL_MEAN', 'FEW_CONVERSIONS']));
    expect(result.absolute.pValue).toBe(1);
    expect(result.relative).toBeNull();
  });
  it('small counts are flagged FEW_CONVERSIONS', () => {
    const result = compareProportions({ n: 1000, sum: 3, sumSquares: 3 }, { n: 1000, sum: 30, sumSquares: 30 }, options);
    expect(result.warnings.map((w) => w.code)).toEqual(['FEW_CONVERSIONS']);
  });
  it('conversions above n are a programmer error', () => {
    expect(() => compareProportions({ n: 10, sum: 11, sumSquares: 11 }, { n: 10, sum: 1, sumSquares: 1 }, options)).toThrow(RangeError);
  });
});
