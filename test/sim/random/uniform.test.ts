import { describe, expect, it } from 'vitest';
import { createStream, uniform } from '../../../src/sim/random/index.js';
import { expectMatchesReference, references } from './goodnessOfFit.js';

describe('uniform', () => {
  it('matches U(2, 5) (chi-square, mean, variance; seed 1)', () => {
    expectMatchesReference(() => uniform(createStream(1, 0, 'uniform'))(2, 5), references.continuous['uniform(2,5)']);
  });

  it('defaults to [0, 1) and stays inside its bounds', () => {
    const draw = uniform(createStream(1, 0, 'bounds'))();
    let outside = 0;
    for (let i = 0; i < 10_000; i++) {
      const x = draw();
      if (!(x >= 0 && x < 1)) outside++;
    }
    expect(outside).toBe(0);
  });

  it('rejects reversed or non-finite bounds', () => {
    const rng = createStream(1, 0, 'x');
    expect(() => uniform(rng)(5, 2)).toThrow(RangeError);
    expect(() => uniform(rng)(0, Infinity)).toThrow(RangeError);
    expect(() => uniform(rng)(Number.NaN, 1)).toThrow(RangeError);
  });
});
