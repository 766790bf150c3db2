import { describe, expect, it } from 'vitest';
import { beta, createStream } from '../../../src/sim/random/index.js';
import { expectMatchesReference, references } from './goodnessOfFit.js';

describe('beta (ratio of gammas)', () => {
  const cases: [string, number, number][] = [
    ['beta(2,5)', 2, 5],
    ['beta(1,3)', 1, 3],
    ['beta(0.5,0.5)', 0.5, 0.5],
    ['beta(0.05,0.2)', 0.05, 0.2],
    ['beta(30,0.7)', 30, 0.7],
  ];
  for (const [name, a, b] of cases) {
    it(`matches ${name} (chi-square, mean, variance; seed 9)`, () => {
      expectMatchesReference(() => beta(createStream(9, 0, name))(a, b), references.continuous[name]);
    });
  }

  it('tiny shapes never give NaN (the log-scale branch)', () => {
    const draw = beta(createStream(9, 0, 'tiny'))(0.01, 0.01);
    let invalid = 0;
    for (let i = 0; i < 100_000; i++) {
      const x = draw();
      if (!(x >= 0 && x <= 1)) invalid++;
    }
    expect(invalid).toBe(0);
  });

  it('rejects shapes that are not > 0', () => {
    const rng = createStream(9, 0, 'x');
    expect(() => beta(rng)(0, 1)).toThrow(RangeError);
    expect(() => beta(rng)(1, -1)).toThrow(RangeError);
  });
});
