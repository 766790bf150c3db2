import { describe, expect, it } from 'vitest';
import { bootstrapQuantileDifference, quantile, resampledQuantile, sortedCopy } from '../../../src/stats/robust/index.js';
import { createStream } from '../../../src/sim/random/createStream.js';
import { logNormal } from '../../../src/sim/random/logNormal.js';

/**
 * The bootstrap has no closed form to compare with; it is checked statistically, with seeded
 * streams so every run sees the same numbers.
 */
describe('bootstrapQuantileDifference', () => {
  it('covers the true difference of medians about 95% of the time (seeded, 200 data sets)', () => {
    // Log-normal revenue: medians exp(mu); true difference exp(3.1) − exp(3).
    const truth = Math.exp(3.1) - Math.exp(3);
    const datasets = 200;
    let covered = 0;
    for (let r = 0; r < datasets; r++) {
      const data = createStream(11, r, 'data');
      const control = Array.from({ length: 200 }, logNormal(data)(3, 0.8));
      const treatment = Array.from({ length: 200 }, logNormal(data)(3.1, 0.8));
      const result = bootstrapQuantileDifference(control, treatment, { rng: createStream(11, r, 'bootstrap'), resamples: 300 });
      if (result.absolute!.ci[0] <= truth && truth <= result.absolute!.ci[1]) covered++;
    }
    // 99% binomial band around 0.95 for 200 data sets: ±2.576·sqrt(0.95·0.05/200) ≈ ±0.040.
    // (Measured: 0.965. The calibration suite repeats this with 2,000 data sets.)
    const rate = covered / datasets;
    expect(rate).toBeGreaterThanOrEqual(0.91);
    expect(rate).toBeLessThanOrEqual(0.99);
  });

  it('resamples with the same multiset law as drawing indices and sorting', () => {
    // With a constant rng every draw picks the same index; with a known sequence, compare to a direct resample.
    const sorted = sortedCopy([5, 1, 4, 2, 3, 9, 7]);
    const draws = [0.01, 0.5, 0.99, 0.3, 0.3, 0.7, 0.15];
    let i = 0;
    const rng = (): number => draws[i++];
    const direct = draws.map((u) => sorted[Math.floor(u * sorted.length)]);
    expect(resampledQuantile(sorted, 0.4, rng)).toBeCloseTo(quantile(direct, 0.4), 14);
  });

  it('is reproducible from the seed and reports the sample quantiles', () => {
    const control = Array.from({ length: 101 }, (_, k) => k);
    const treatment = control.map((x) => x + 5);
    const run = (): ReturnType<typeof bootstrapQuantileDifference> =>
      bootstrapQuantileDifference(control, treatment, { rng: createStream(3, 0, 'bootstrap'), resamples: 200, quantile: 0.9 });
    expect(run()).toEqual(run());
    const result = run();
    expect(result.control).toBe(90);
    expect(result.treatment).toBe(95);
    expect(result.absolute!.estimate).toBe(5);
    expect(result.relative!.estimate).toBeCloseTo(95 / 90 - 1, 14);
    expect(result.absolute!.pValue).toBeGreaterThan(0);
    expect(result.absolute!.pValue).toBeLessThanOrEqual(1);
  });

  it('one-sided intervals are open on one end', () => {
    const control = [1, 2, 3, 4, 5, 6, 7, 8];
    const treatment = [3, 4, 5, 6, 7, 8, 9, 10];
    const greater = bootstrapQuantileDifference(control, treatment, { rng: createStream(1, 0, 'b'), sides: 'greater', resamples: 300 });
    expect(greater.absolute!.ci[1]).toBe(Infinity);
    const less = bootstrapQuantileDifference(control, treatment, { rng: createStream(1, 0, 'b'), sides: 'less', resamples: 300 });
    expect(less.absolute!.ci[0]).toBe(-Infinity);
    expect(less.absolute!.pValue).toBeGreaterThan(greater.absolute!.pValue);
  });

  it('warns on an empty arm or a non-positive control quantile, and needs an rng', () => {
    const empty = bootstrapQuantileDifference([], [1, 2], { rng: createStream(1, 0, 'b') });
    expect(empty.absolute).toBeNull();
    expect(empty.warnings.map((w) => w.code)).toEqual(['EMPTY_ARM']);
    const zero = bootstrapQuantileDifference([0, 0, 0, 1], [1, 2, 3, 4], { rng: createStream(1, 0, 'b'), resamples: 50 });
    expect(zero.relative).toBeNull();
    expect(zero.warnings.map((w) => w.code)).toEqual(['NON_POSITIVE_CONTROL_QUANTILE']);
    expect(() => bootstrapQuantileDifference([1], [2], {} as never)).toThrow(/rng/);
    expect(() => bootstrapQuantileDifference([1], [2], { rng: createStream(1, 0, 'b'), quantile: 1 })).toThrow(/quantile/);
  });
});
