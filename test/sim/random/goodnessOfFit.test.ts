import { describe, expect, it } from 'vitest';
import { createStream, exponential, normal } from '../../../src/sim/random/index.js';
import { chiSquareStatistic, references } from './goodnessOfFit.js';

// The checks must be able to fail: a slightly wrong distribution is rejected at the same sizes.
describe('chi-square check has power', () => {
  it('rejects exponential(0.55) against exponential(0.5) bins', () => {
    const draw = exponential(createStream(7, 0, 'power'))(0.55);
    const reference = references.continuous['exponential(0.5)'];
    expect(chiSquareStatistic(draw, 200_000, reference)).toBeGreaterThan(reference.critical);
  });

  it('rejects normal(3, 2.1) against normal(3, 2) bins', () => {
    const draw = normal(createStream(7, 0, 'power'))(3, 2.1);
    const reference = references.continuous['normal(3,2)'];
    expect(chiSquareStatistic(draw, 200_000, reference)).toBeGreaterThan(reference.critical);
  });
});
