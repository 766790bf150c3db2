import { describe, expect, it } from 'vitest';
import { createStream, poisson } from '../../../src/sim/random/index.js';
import { expectMatchesReference, references } from './goodnessOfFit.js';

describe('poisson (inversion below mean 10, PTRS above)', () => {
  for (const mean of Object.keys(references.poisson)) {
    it(`matches Poisson(${mean}) (chi-square over merged integer bins, mean, variance; seed 10)`, () => {
      expectMatchesReference(() => poisson(createStream(10, 0, `poisson ${mean}`))(Number(mean)), references.poisson[mean]);
    });
  }

  it('returns non-negative integers, and 0 for mean 0', () => {
    const rng = createStream(10, 0, 'integers');
    for (const mean of [0.7, 12.5, 3e4]) {
      const draw = poisson(rng)(mean);
      let invalid = 0;
      for (let i = 0; i < 10_000; i++) {
        const k = draw();
        if (!(Number.isInteger(k) && k >= 0)) invalid++;
      }
      expect(invalid).toBe(0);
    }
    expect(poisson(rng)(0)()).toBe(0);
  });

  it('rejects a negative or non-finite mean', () => {
    const rng = createStream(10, 0, 'x');
    expect(() => poisson(rng)(-1)).toThrow(RangeError);
    expect(() => poisson(rng)(Infinity)).toThrow(RangeError);
  });
});
