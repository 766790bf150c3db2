import { describe, expect, it } from 'vitest';
import { createStream, logNormal } from '../../../src/sim/random/index.js';
import { expectMatchesReference, references } from './goodnessOfFit.js';

describe('logNormal', () => {
  it('matches logN(mu 1, sigma 0.5) (chi-square, mean, variance; seed 7)', () => {
    expectMatchesReference(() => logNormal(createStream(7, 0, 'logNormal'))(1, 0.5), references.continuous['logNormal(1,0.5)']);
  });

  it('rejects a negative sigma', () => {
    expect(() => logNormal(createStream(7, 0, 'x'))(0, -0.1)).toThrow(RangeError);
  });
});
