import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sequentialComparison } from '../../../src/stats/sequential/index.js';
import { compareMeans, statsFromValues, type MetricStats } from '../../../src/stats/index.js';
import type { MetricKind, Sides } from '../../../src/stats/types.js';
import { expectClose, loadFixture, type Nullable } from '../goldenHelpers.js';

interface Expected {
  estimate: number;
  se: number;
  halfWidth: number;
  ci: [Nullable, Nullable];
  pValue: number;
}
interface ComparisonCase {
  input: { kind: MetricKind; control: MetricStats; treatment: MetricStats; alpha: number; tuning: number; sides: Sides };
  expected: { absolute: Expected; relative: Expected };
}

const fixture = loadFixture<{ comparisons: ComparisonCase[] }>('advanced_sequential.json');

describe('sequentialComparison (golden: numpy moments + scipy boundaries)', () => {
  it.each(fixture.comparisons.map((c, i) => [i, c] as const))('case %i', (_, { input, expected }) => {
    const result = sequentialComparison(input.control, input.treatment, input);
    expect(result.warnings).toEqual([]);
    for (const scale of ['absolute', 'relative'] as const) {
      const actual = result[scale]!;
      const want = expected[scale];
      const label = `${input.kind} ${input.sides} ${scale}`;
      expectClose(actual.estimate, want.estimate, `${label} estimate`, 1e-9);
      expectClose(actual.se, want.se, `${label} se`, 1e-8);
      expectClose(actual.halfWidth, want.halfWidth, `${label} halfWidth`, 1e-8);
      expectClose(actual.ci[0], want.ci[0], `${label} ci low`, 1e-8, 1e-12);
      expectClose(actual.ci[1], want.ci[1], `${label} ci high`, 1e-8, 1e-12);
      expectClose(actual.pValue, want.pValue, `${label} pValue`, 1e-6, 0);
    }
  });
});

describe('sequentialComparison properties', () => {
  const values = fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 3, maxLength: 40 });

  it('swapping arms keeps the two-sided p and flips the absolute lift', () => {
    fc.assert(
      fc.property(values, values, (a, b) => {
        const sa = statsFromValues(a);
        const sb = statsFromValues(b);
        const forward = sequentialComparison(sa, sb);
        const backward = sequentialComparison(sb, sa);
        expect(backward.absolute.estimate).toBeCloseTo(-forward.absolute.estimate, 9);
        expect(backward.absolute.pValue).toBeCloseTo(forward.absolute.pValue, 9);
        expect(forward.absolute.pValue).toBeGreaterThanOrEqual(0);
        expect(forward.absolute.pValue).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('uses the same estimate and standard error as the fixed-horizon Welch comparison, with a wider interval', () => {
    fc.assert(
      fc.property(values, values, (a, b) => {
        const sa = statsFromValues(a);
        const sb = statsFromValues(b);
        const fixed = compareMeans(sa, sb);
        const sequential = sequentialComparison(sa, sb);
        expect(sequential.absolute.estimate).toBeCloseTo(fixed.absolute.estimate, 12);
        expect(sequential.absolute.se).toBeCloseTo(fixed.absolute.se, 12);
        if (fixed.absolute.se > 0) expect(sequential.absolute.pValue).toBeGreaterThanOrEqual(fixed.absolute.pValue);
      }),
    );
  });

  it('returns coded warnings, never NaN, for an empty arm or a non-positive control mean', () => {
    const empty = sequentialComparison({ n: 0, sum: 0, sumSquares: 0 }, statsFromValues([1, 2, 3]));
    expect(empty.warnings.map((w) => w.code)).toContain('EMPTY_ARM');
    expect(empty.absolute.pValue).toBe(1);
    expect(empty.relative).toBeNull();
    const negative = sequentialComparison(statsFromValues([-1, -2, -3]), statsFromValues([1, 2, 3]));
    expect(negative.warnings.map((w) => w.code)).toContain('NON_POSITIVE_CONTROL_MEAN');
    expect(negative.relative).toBeNull();
    expect(Number.isNaN(negative.absolute.pValue)).toBe(false);
  });
});
