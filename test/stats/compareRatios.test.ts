import { describe, expect, it } from 'vitest';
import { compareRatios, statsFromValues } from '../../src/stats/index.js';
import { loadFixture } from './goldenHelpers.js';
import { checkComparisonCase, type ComparisonCase } from './comparisonGolden.js';

const cases = loadFixture<ComparisonCase[]>('core_ratios.json');

describe('compareRatios (delta method) against per-unit linearisation in numpy', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkComparisonCase(compareRatios, c));
});

describe('compareRatios data conditions', () => {
  const options = { alpha: 0.05, sides: 'two', relativeCi: 'delta' } as const;
  it('a denominator summing to zero gives ZERO_DENOMINATOR and an uninformative result', () => {
    const control = statsFromValues([1, 2, 3], { denominator: [0, 0, 0] });
    const treatment = statsFromValues([1, 2, 3], { denominator: [1, 1, 2] });
    const result = compareRatios(control, treatment, options);
    expect(result.warnings.map((w) => w.code)).toEqual(['ZERO_DENOMINATOR']);
    expect(result.absolute.pValue).toBe(1);
  });
  it('a ratio without denominator sums is a programmer error', () => {
    expect(() => compareRatios(statsFromValues([1, 2]), statsFromValues([1, 2]), options)).toThrow();
  });
});
