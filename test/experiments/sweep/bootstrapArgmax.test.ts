import { describe, expect, it } from 'vitest';
import { argmax, bootstrapArgmax } from '../../../src/experiments/sweep/bootstrapArgmax.js';

describe('bootstrapArgmax', () => {
  it('is seeded and always picks a column that wins clearly', () => {
    const rows = Array.from({ length: 30 }, (_, i) => [10 + (i % 3), 20 + (i % 5), 5]);
    const best = bootstrapArgmax(rows, 1, 200);
    expect(best).toHaveLength(200);
    expect(new Set(best)).toEqual(new Set([1]));
    expect(bootstrapArgmax(rows, 1, 200)).toEqual(best);
  });
  it('splits between two columns of equal means, roughly evenly', () => {
    const rows = Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? [1, 0] : [0, 1]));
    const best = bootstrapArgmax(rows, 7, 1000);
    const share = best.filter((k) => k === 1).length / best.length;
    expect(share).toBeGreaterThan(0.35);
    expect(share).toBeLessThan(0.65);
  });
  it('argmax takes the first of ties', () => {
    expect(argmax([1, 3, 3, 2])).toBe(1);
  });
});
