import { describe, expect, it } from 'vitest';
import { createStream, nonHomogeneousPoisson } from '../../../src/sim/random/index.js';
import { chiSquareStatistic, references } from './goodnessOfFit.js';

// The reference workload's arrival intensity (/work/shared/bench/REFERENCE-MODEL.md).
const T = 3600;
const rate = (t: number): number => 50 * (0.5 + 0.5 * Math.sin((Math.PI * t) / T));
/** Λ(t) = ∫₀ᵗ λ(s) ds, in closed form. */
const cumulativeRate = (t: number): number => 50 * (0.5 * t + ((0.5 * T) / Math.PI) * (1 - Math.cos((Math.PI * t) / T)));

function allTimes(seed: number, replicate: number): { times: number[]; candidates: number } {
  const process = nonHomogeneousPoisson(createStream(seed, replicate, 'arrivals'), rate, 50, 0, T);
  const times: number[] = [];
  for (let t = process.next(); t !== Infinity; t = process.next()) times.push(t);
  return { times, candidates: process.candidates };
}

describe('nonHomogeneousPoisson (thinning)', () => {
  it('accepted and candidate counts match ∫λ and maxRate·T within 5 Poisson SDs (10 replicates; seed 11)', () => {
    let accepted = 0;
    let candidates = 0;
    for (let replicate = 0; replicate < 10; replicate++) {
      const run = allTimes(11, replicate);
      accepted += run.times.length;
      candidates += run.candidates;
    }
    const expectedAccepted = 10 * cumulativeRate(T); // 10 × 147,295.8
    expect(Math.abs(accepted - expectedAccepted)).toBeLessThan(5 * Math.sqrt(expectedAccepted));
    expect(Math.abs(candidates - 10 * 50 * T)).toBeLessThan(5 * Math.sqrt(10 * 50 * T));
  });

  it('counts per 5-minute window follow ∫λ over the window (chi-square, 11 df, < 0.999 quantile)', () => {
    const { times } = allTimes(11, 20);
    const windows = 12;
    const counts = new Array<number>(windows).fill(0);
    for (const t of times) counts[Math.floor((t / T) * windows)]++;
    let statistic = 0;
    for (let w = 0; w < windows; w++) {
      const expected = (times.length * (cumulativeRate(((w + 1) * T) / windows) - cumulativeRate((w * T) / windows))) / cumulativeRate(T);
      statistic += (counts[w] - expected) ** 2 / expected;
    }
    expect(statistic).toBeLessThan(references.chiSquareCritical['11']);
  });

  it('rescaled gaps Λ(tᵢ) − Λ(tᵢ₋₁) are Exp(1) (time-rescaling theorem; chi-square, 19 df)', () => {
    const { times } = allTimes(11, 21);
    let index = 0;
    let previous = 0;
    const gap = (): number => {
      const current = cumulativeRate(times[index++]);
      const value = current - previous;
      previous = current;
      return value;
    };
    expect(chiSquareStatistic(gap, times.length, references.continuous['gamma(1,1)'])).toBeLessThan(
      references.continuous['gamma(1,1)'].critical,
    );
  });

  it('times increase strictly inside [start, end), then Infinity for ever', () => {
    const process = nonHomogeneousPoisson(createStream(11, 0, 'window'), () => 2, 2, 100, 200);
    let previous = 100;
    let count = 0;
    let misordered = 0;
    for (let t = process.next(); t !== Infinity; t = process.next()) {
      if (!(t > previous && t < 200)) misordered++;
      previous = t;
      count++;
    }
    expect(misordered).toBe(0);
    expect(count).toBe(process.candidates); // rate = maxRate accepts every candidate
    expect(Math.abs(count - 200)).toBeLessThan(5 * Math.sqrt(200));
    expect(process.next()).toBe(Infinity);
    expect(process.candidates).toBe(count);
  });

  it('a zero maxRate or an empty window gives no events', () => {
    const rng = createStream(11, 0, 'empty');
    expect(nonHomogeneousPoisson(rng, () => 0, 0, 0, 10).next()).toBe(Infinity);
    expect(nonHomogeneousPoisson(rng, () => 1, 1, 5, 5).next()).toBe(Infinity);
  });

  it('throws when the rate leaves [0, maxRate] or the window is reversed', () => {
    const rng = createStream(11, 0, 'bad');
    expect(() => nonHomogeneousPoisson(rng, () => 3, 2, 0, 100).next()).toThrow(RangeError);
    expect(() => nonHomogeneousPoisson(rng, () => -1, 2, 0, 100).next()).toThrow(RangeError);
    expect(() => nonHomogeneousPoisson(rng, () => 1, -2, 0, 100)).toThrow(RangeError);
    expect(() => nonHomogeneousPoisson(rng, () => 1, 2, 10, 0)).toThrow(RangeError);
  });
});
