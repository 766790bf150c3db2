import { describe, expect, it } from 'vitest';
import { createStream, normal } from '../../../src/sim/random/index.js';
import { expectMatchesReference, references } from './goodnessOfFit.js';

describe('normal (polar method)', () => {
  it('matches N(3, 2²) (chi-square, mean, variance; seed 6)', () => {
    expectMatchesReference(() => normal(createStream(6, 0, 'normal'))(3, 2), references.continuous['normal(3,2)']);
  });

  it('defaults to N(0, 1)', () => {
    expectMatchesReference(() => normal(createStream(6, 1, 'normal'))(), references.continuous['normal(0,1)']);
  });

  it('odd and even draws (the cached pair) are each standard normal and uncorrelated', () => {
    const draw = normal(createStream(6, 2, 'pairs'))();
    const n = 100_000;
    let sumProducts = 0;
    for (let i = 0; i < n; i++) sumProducts += draw() * draw();
    // E[xy] = 0, sd(xy) = 1 for independent standard normals: within 5 standard errors.
    expect(Math.abs(sumProducts / n)).toBeLessThan(5 / Math.sqrt(n));
  });

  it('sd = 0 gives the mean; negative or non-finite parameters throw', () => {
    const rng = createStream(6, 0, 'x');
    expect(normal(rng)(4, 0)()).toBe(4);
    expect(() => normal(rng)(0, -1)).toThrow(RangeError);
    expect(() => normal(rng)(Infinity, 1)).toThrow(RangeError);
  });
});
