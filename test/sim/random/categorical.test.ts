import { describe, expect, it } from 'vitest';
import { categorical, createStream } from '../../../src/sim/random/index.js';
import { references } from './goodnessOfFit.js';

function chiSquare(weights: number[], n: number, seed: number): { statistic: number; counts: number[] } {
  const draw = categorical(createStream(seed, 0, 'categorical'))(weights);
  const counts = weights.map(() => 0);
  for (let i = 0; i < n; i++) counts[draw()]++;
  const total = weights.reduce((sum, w) => sum + w, 0);
  let statistic = 0;
  weights.forEach((w, i) => {
    if (w === 0) return;
    const expected = (n * w) / total;
    statistic += (counts[i] - expected) ** 2 / expected;
  });
  return { statistic, counts };
}

describe('categorical (alias method)', () => {
  it('matches unnormalised weights, never draws a zero weight (chi-square < 0.999 quantile; seed 3)', () => {
    const weights = [5, 0, 1, 3, 1, 0.25];
    const { statistic, counts } = chiSquare(weights, 200_000, 3);
    expect(counts[1]).toBe(0);
    expect(statistic).toBeLessThan(references.chiSquareCritical['4']);
  });

  it('matches 40 uneven weights (chi-square with 39 df; seed 4)', () => {
    const weights = Array.from({ length: 40 }, (_, i) => 1 + ((i * 7919) % 13));
    expect(chiSquare(weights, 400_000, 4).statistic).toBeLessThan(references.chiSquareCritical['39']);
  });

  it('returns 0 for a single weight', () => {
    const draw = categorical(createStream(3, 0, 'one'))([2]);
    for (let i = 0; i < 100; i++) expect(draw()).toBe(0);
  });

  it('rejects empty, negative, non-finite and all-zero weights', () => {
    const rng = createStream(3, 0, 'x');
    expect(() => categorical(rng)([])).toThrow(RangeError);
    expect(() => categorical(rng)([1, -1])).toThrow(RangeError);
    expect(() => categorical(rng)([1, Number.NaN])).toThrow(RangeError);
    expect(() => categorical(rng)([0, 0])).toThrow(RangeError);
  });
});
