import { describe, expect, it } from 'vitest';
import { createStream, exponential } from '../../../src/sim/random/index.js';
import { expectMatchesReference, references } from './goodnessOfFit.js';

describe('exponential', () => {
  it('matches Exp(rate 0.5) (chi-square, mean, variance; seed 5)', () => {
    expectMatchesReference(() => exponential(createStream(5, 0, 'exponential'))(0.5), references.continuous['exponential(0.5)']);
  });

  it('draws are positive and finite', () => {
    const draw = exponential(createStream(5, 0, 'positive'))(1);
    let invalid = 0;
    for (let i = 0; i < 10_000; i++) {
      const x = draw();
      if (!(x >= 0 && Number.isFinite(x))) invalid++;
    }
    expect(invalid).toBe(0);
  });

  it('rejects a rate that is not > 0', () => {
    const rng = createStream(5, 0, 'x');
    for (const rate of [0, -1, Infinity, Number.NaN]) expect(() => exponential(rng)(rate)).toThrow(RangeError);
  });
});
