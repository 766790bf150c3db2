import { describe, expect, it } from 'vitest';
import { createStream, gamma } from '../../../src/sim/random/index.js';
import { expectMatchesReference, references } from './goodnessOfFit.js';

describe('gamma (Marsaglia–Tsang, boosted below shape 1)', () => {
  const cases: [string, number, number][] = [
    ['gamma(0.3,2)', 0.3, 2],
    ['gamma(1,1)', 1, 1],
    ['gamma(2.5,3)', 2.5, 3],
    ['gamma(50,0.1)', 50, 0.1],
  ];
  for (const [name, shape, scale] of cases) {
    it(`matches ${name} (chi-square, mean, variance; seed 8)`, () => {
      expectMatchesReference(() => gamma(createStream(8, 0, name))(shape, scale), references.continuous[name]);
    });
  }

  it('scale defaults to 1', () => {
    expectMatchesReference(() => gamma(createStream(8, 1, 'default'))(1), references.continuous['gamma(1,1)']);
  });

  it('rejects shape or scale that is not > 0', () => {
    const rng = createStream(8, 0, 'x');
    expect(() => gamma(rng)(0)).toThrow(RangeError);
    expect(() => gamma(rng)(1, -2)).toThrow(RangeError);
    expect(() => gamma(rng)(Number.NaN)).toThrow(RangeError);
  });
});
