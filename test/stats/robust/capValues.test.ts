import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capThreshold, capValue, capValues, quantile, quantileSorted } from '../../../src/stats/robust/index.js';
import { expectClose, loadFixture } from '../goldenHelpers.js';

interface RobustFixture {
  values: number[];
  small: number[];
  quantiles: Array<{ p: number; small: boolean; expected: number }>;
  caps: Array<{ percentile: number; threshold: number; cappedSum: number; cappedCount: number }>;
}

const fixture = loadFixture<RobustFixture>('advanced_robust.json');

describe('quantile (golden: numpy.quantile, linear interpolation)', () => {
  it.each(fixture.quantiles.map((c, i) => [i, c] as const))('case %i', (_, c) => {
    expectClose(quantile(c.small ? fixture.small : fixture.values, c.p), c.expected, `p = ${c.p}`, 1e-12);
  });
});

describe('capValues (golden: numpy.percentile on pooled values)', () => {
  it.each(fixture.caps.map((c) => [c.percentile, c] as const))('p%s', (_, c) => {
    const threshold = capThreshold(fixture.values, { percentile: c.percentile });
    expectClose(threshold, c.threshold, 'threshold', 1e-12);
    const capped = capValues(fixture.values, { percentile: c.percentile });
    expect(capped.cappedCount).toBe(c.cappedCount);
    expectClose(capped.values.reduce((s, x) => s + x, 0), c.cappedSum, 'capped sum', 1e-12);
  });
});

describe('winsorizing', () => {
  const values = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 200 });

  it('never raises a value, leaves values at or below the cap alone, and matches the streaming helper', () => {
    fc.assert(
      fc.property(values, fc.double({ min: -1e6, max: 1e6, noNaN: true }), (xs, cap) => {
        const { values: capped, threshold, cappedCount } = capValues(xs, cap);
        expect(threshold).toBe(cap);
        let count = 0;
        xs.forEach((x, i) => {
          expect(capped[i]).toBe(capValue(x, cap));
          expect(capped[i]).toBeLessThanOrEqual(x);
          if (x <= cap) expect(capped[i]).toBe(x);
          else count++;
        });
        expect(cappedCount).toBe(count);
      }),
    );
  });

  it('a percentile cap lies between the minimum and maximum and is monotone in the percentile', () => {
    fc.assert(
      fc.property(values, fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), (xs, p, q) => {
        const [lo, hi] = p <= q ? [p, q] : [q, p];
        const a = capThreshold(xs, { percentile: lo });
        const b = capThreshold(xs, { percentile: hi });
        expect(a).toBeLessThanOrEqual(b);
        expect(a).toBeGreaterThanOrEqual(Math.min(...xs));
        expect(b).toBeLessThanOrEqual(Math.max(...xs));
      }),
    );
  });

  it('rejects bad caps and quantiles', () => {
    expect(() => capThreshold([1, 2], { percentile: 101 })).toThrow(/percentile/);
    expect(() => capThreshold([], { percentile: 99 })).toThrow(/at least one/);
    expect(() => capThreshold([1], Number.NaN)).toThrow(/cap/);
    expect(() => quantileSorted([1, 2], 1.5)).toThrow(/\[0, 1\]/);
    expect(Number.isNaN(quantileSorted([], 0.5))).toBe(true);
  });
});
