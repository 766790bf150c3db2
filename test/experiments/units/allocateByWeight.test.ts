import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createStream } from '../../../src/sim/random/index.js';
import { allocateByWeight, shuffledAssignment } from '../../../src/experiments/units/allocateByWeight.js';

describe('allocateByWeight (largest remainders)', () => {
  it('splits as documented', () => {
    expect(allocateByWeight(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(allocateByWeight(20, [1, 3])).toEqual([5, 15]);
    expect(allocateByWeight(0, [1, 2])).toEqual([0, 0]);
  });
  it('sums to the total and stays within one unit of the exact share (property)', () => {
    const weights = fc.array(fc.double({ min: 0.01, max: 100, noNaN: true }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(fc.nat(500), weights, (total, w) => {
        const counts = allocateByWeight(total, w);
        const sum = w.reduce((a, b) => a + b, 0);
        expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
        counts.forEach((count, k) => expect(Math.abs(count - (total * w[k]) / sum)).toBeLessThan(1));
      }),
    );
  });
  it('rejects bad input', () => {
    expect(() => allocateByWeight(-1, [1])).toThrow(RangeError);
    expect(() => allocateByWeight(3, [0, 0])).toThrow(RangeError);
  });
});

describe('shuffledAssignment', () => {
  it('keeps the counts and depends only on the stream', () => {
    const a = shuffledAssignment([3, 5, 2], createStream(1, 0, 'test'));
    const b = shuffledAssignment([3, 5, 2], createStream(1, 0, 'test'));
    expect(a).toEqual(b);
    expect([0, 1, 2].map((arm) => a.filter((x) => x === arm).length)).toEqual([3, 5, 2]);
  });
});
