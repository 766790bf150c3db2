import { describe, expect, it } from 'vitest';
import { addStats, EMPTY_STATS, mean, moveShift, pairedMean, sampleCovariance, sampleVariance, statsFromValues, statsOfValue, type MetricStats } from '../../src/stats/sufficientStats.js';

/** Sums of x − K and z − L (the CSV pass's and the simulators' shifted form). */
function shiftedStats(x: readonly number[], z: readonly number[], k: number, l: number): MetricStats {
  const stats = statsFromValues(x.map((v) => v - k), { covariate: z.map((v) => v - l) });
  return { ...stats, shift: k, covariate: { ...stats.covariate!, shift: l } };
}

const x = [1e12 + 17, 1e12 - 83, 1e12 + 100, 1e12 - 4, 1e12 + 61, 1e12 - 99, 1e12 + 2.5];
const z = [5e11 + 3, 5e11 - 20, 5e11 + 41, 5e11 + 7, 5e11 - 13, 5e11 + 2, 5e11 - 1];
/** Two-pass variance and covariance of the offsets (exact in double). */
const offsetsX = x.map((v) => v - 1e12);
const offsetsZ = z.map((v) => v - 5e11);
const twoPass = (a: readonly number[], b: readonly number[]) => {
  const [ma, mb] = [a.reduce((s, v) => s + v) / a.length, b.reduce((s, v) => s + v) / b.length];
  return a.reduce((s, v, i) => s + (v - ma) * (b[i] - mb), 0) / (a.length - 1);
};

describe('shifted sums: addStats and moveShift', () => {
  it('parts with different shifts of x and of the covariate add up to the two-pass moments (1e-6 relative)', () => {
    const a = shiftedStats(x.slice(0, 3), z.slice(0, 3), x[0], z[0]);
    const b = shiftedStats(x.slice(3), z.slice(3), x[3], z[3]);
    const both = addStats(a, b);
    expect(both.shift).toBe(x[0]);
    expect(both.covariate!.shift).toBe(z[0]);
    expect(Math.abs(sampleVariance(both) / twoPass(offsetsX, offsetsX) - 1)).toBeLessThan(1e-6);
    const c = both.covariate!;
    expect(Math.abs(sampleVariance({ n: both.n, sum: c.sum, sumSquares: c.sumSquares }) / twoPass(offsetsZ, offsetsZ) - 1)).toBeLessThan(1e-6);
    expect(Math.abs(sampleCovariance(both.n, both.sum, c.sum, c.sumProduct) / twoPass(offsetsX, offsetsZ) - 1)).toBeLessThan(1e-6);
    expect(Math.abs(mean(both) - (1e12 + offsetsX.reduce((s, v) => s + v) / x.length))).toBeLessThan(1e-3);
    expect(Math.abs(pairedMean(c, both.n) - (5e11 + offsetsZ.reduce((s, v) => s + v) / z.length))).toBeLessThan(1e-3);
  });

  it('moveShift is exact between integer shifts of integer data, and the identity for the same shift', () => {
    const small = shiftedStats([3, 5, 9, 4], [1, 0, 2, 7], 3, 1);
    expect(moveShift(small, 3, 1)).toBe(small);
    const moved = moveShift(small, 0, 0);
    const raw = statsFromValues([3, 5, 9, 4], { covariate: [1, 0, 2, 7] });
    expect(moved).toEqual(raw);
    expect(moveShift(moved, 3, 1)).toEqual(small);
  });

  it('a running total from EMPTY_STATS takes the first value as its shift (statsOfValue)', () => {
    const total = x.reduce((sum, v) => addStats(sum, statsOfValue(v)), EMPTY_STATS);
    expect(total.shift).toBe(x[0]);
    expect(total.n).toBe(x.length);
    expect(Math.abs(sampleVariance(total) / twoPass(offsetsX, offsetsX) - 1)).toBeLessThan(1e-6);
    expect(addStats(EMPTY_STATS, statsOfValue(0))).toEqual({ n: 1, sum: 0, sumSquares: 0 });
  });
});
