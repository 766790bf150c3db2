import { describe, expect, it } from 'vitest';
import { studentT } from '../../../src/experiments/bandit/studentT.js';
import { createStream } from '../../../src/sim/random/index.js';
import { studentTCdf } from '../../../src/stats/index.js';

/** Kolmogorov–Smirnov distance between a sample and a CDF. */
function ksDistance(sample: number[], cdf: (x: number) => number): number {
  const sorted = [...sample].sort((a, b) => a - b);
  let d = 0;
  sorted.forEach((x, i) => {
    const f = cdf(x);
    d = Math.max(d, Math.abs(f - i / sorted.length), Math.abs(f - (i + 1) / sorted.length));
  });
  return d;
}

describe('studentT sampler (Thompson draws from a posterior of the mean)', () => {
  it.each([1, 2.5, 7, 40])('matches the Student-t CDF with %s degrees of freedom (KS, 20,000 draws)', (df) => {
    const draw = studentT(createStream(21, 0, `t-${df}`));
    const distribution = { df, location: 50, scale: 4 };
    const sample = Array.from({ length: 20_000 }, () => draw(distribution));
    // Critical KS distance at the 0.1% level is 1.95/√n ≈ 0.0138.
    expect(ksDistance(sample, (x) => studentTCdf((x - 50) / 4, df))).toBeLessThan(0.0138);
  });

  it('returns the location for a scale of 0 and refuses df ≤ 0', () => {
    const draw = studentT(createStream(1, 0, 't'));
    expect(draw({ df: 3, location: 7, scale: 0 })).toBe(7);
    expect(() => draw({ df: 0, location: 0, scale: 1 })).toThrow(RangeError);
  });
});
