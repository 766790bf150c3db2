import { describe, expect, it } from 'vitest';
import { bernoulli, createStream } from '../../../src/sim/random/index.js';

describe('bernoulli', () => {
  it('succeeds with frequency p within 5 standard errors (p = 0.03, 0.5, 0.9; n = 200,000; seed 2)', () => {
    for (const p of [0.03, 0.5, 0.9]) {
      const draw = bernoulli(createStream(2, 0, `bernoulli ${p}`))(p);
      const n = 200_000;
      let successes = 0;
      for (let i = 0; i < n; i++) if (draw()) successes++;
      expect(Math.abs(successes / n - p)).toBeLessThan(5 * Math.sqrt((p * (1 - p)) / n));
    }
  });

  it('never succeeds at p = 0 and always at p = 1', () => {
    const rng = createStream(2, 0, 'edges');
    const never = bernoulli(rng)(0);
    const always = bernoulli(rng)(1);
    let wrong = 0;
    for (let i = 0; i < 10_000; i++) if (never() || !always()) wrong++;
    expect(wrong).toBe(0);
  });

  it('rejects p outside [0, 1]', () => {
    const rng = createStream(2, 0, 'x');
    expect(() => bernoulli(rng)(-0.1)).toThrow(RangeError);
    expect(() => bernoulli(rng)(1.5)).toThrow(RangeError);
    expect(() => bernoulli(rng)(Number.NaN)).toThrow(RangeError);
  });
});
