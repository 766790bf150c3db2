import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  isProper,
  meanMarginal,
  normalInverseGammaPosterior,
  REFERENCE_PRIOR,
  type NormalInverseGamma,
} from '../../../src/experiments/bandit/normalInverseGamma.js';
import { addStats, EMPTY_STATS, statsOfValue, studentTCdf } from '../../../src/stats/index.js';

interface NigCase {
  name: string;
  prior: NormalInverseGamma;
  n: number;
  sum: number;
  sumSquares: number;
  posterior: NormalInverseGamma;
  marginal: { df: number; location: number; scale: number };
  cdf: { points: number[]; values: number[] };
}

const cases = (
  JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'bandit_reference.json'), 'utf8')) as {
    normalInverseGamma: NigCase[];
  }
).normalInverseGamma;

function close(actual: number, expected: number, label: string, rel = 1e-9): void {
  expect(Math.abs(actual - expected), `${label}: ${actual} vs ${expected}`).toBeLessThanOrEqual(rel * Math.max(Math.abs(expected), 1e-12));
}

describe('normalInverseGammaPosterior against BDA3 §3.3 and brute-force integration (scipy)', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const posterior = normalInverseGammaPosterior(c.prior, { n: c.n, sum: c.sum, sumSquares: c.sumSquares });
    for (const key of ['mean', 'strength', 'shape', 'rate'] as const) close(posterior[key], c.posterior[key], key);
    const marginal = meanMarginal(posterior);
    close(marginal.df, c.marginal.df, 'df');
    close(marginal.location, c.marginal.location, 'location');
    close(marginal.scale, c.marginal.scale, 'scale');
    // The Student-t marginal against the posterior mass integrated numerically from prior × likelihood.
    c.cdf.points.forEach((point, i) => {
      close(studentTCdf((point - marginal.location) / marginal.scale, marginal.df), c.cdf.values[i], `P(μ ≤ ${point})`, 1e-6);
    });
  });

  it('with the reference prior gives BDA3 §3.2: t with n − 1 df, location x̄, scale s/√n', () => {
    const values = [3, 7, 8, 10, 12];
    const n = values.length;
    const mean = values.reduce((a, b) => a + b) / n;
    const s2 = values.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1);
    const marginal = meanMarginal(
      normalInverseGammaPosterior(REFERENCE_PRIOR, { n, sum: values.reduce((a, b) => a + b), sumSquares: values.reduce((a, b) => a + b * b, 0) }),
    );
    close(marginal.df, n - 1, 'df');
    close(marginal.location, mean, 'location');
    close(marginal.scale, Math.sqrt(s2 / n), 'scale');
  });

  it('is improper until two sessions under the reference prior, and never moves without data', () => {
    expect(isProper(normalInverseGammaPosterior(REFERENCE_PRIOR, { n: 1, sum: 5, sumSquares: 25 }))).toBe(false);
    expect(isProper(normalInverseGammaPosterior(REFERENCE_PRIOR, { n: 2, sum: 5, sumSquares: 13 }))).toBe(true);
    expect(() => meanMarginal(REFERENCE_PRIOR)).toThrow(RangeError);
    expect(normalInverseGammaPosterior(REFERENCE_PRIOR, { n: 0, sum: 0, sumSquares: 0 })).toBe(REFERENCE_PRIOR);
  });

  it('updating in two batches equals updating once (sufficient statistics add up)', () => {
    const prior = { mean: 100, strength: 1.5, shape: 2, rate: 300 };
    const once = normalInverseGammaPosterior(prior, { n: 5, sum: 560, sumSquares: 63_400 });
    const first = normalInverseGammaPosterior(prior, { n: 2, sum: 210, sumSquares: 22_100 });
    const twice = normalInverseGammaPosterior(first, { n: 3, sum: 350, sumSquares: 41_300 });
    for (const key of ['mean', 'strength', 'shape', 'rate'] as const) close(twice[key], once[key], key, 1e-12);
  });

  it('rewards near 1e12 with a spread of 100, accumulated around the first (statsOfValue + addStats), give the two-pass posterior to 1e-6', () => {
    const offsets = [17, -83, 100, -4, 61, -99, 2.5, -40, 33];
    const rewards = offsets.map((k) => 1e12 + k);
    const stats = rewards.reduce((total, x) => addStats(total, statsOfValue(x)), EMPTY_STATS);
    expect(stats.shift).toBe(rewards[0]);
    const n = offsets.length;
    const offsetMean = offsets.reduce((a, b) => a + b) / n;
    const deviations = offsets.reduce((a, b) => a + (b - offsetMean) ** 2, 0);
    const posterior = normalInverseGammaPosterior(REFERENCE_PRIOR, stats);
    close(posterior.rate, deviations / 2, 'rate (two-pass)', 1e-6);
    close(posterior.mean, 1e12 + offsetMean, 'mean', 1e-15);
    // What the raw sums gave: Σx² − (Σx)²/n at 1e24 per term keeps no digit of a spread of 100.
    const raw = { n, sum: rewards.reduce((a, b) => a + b), sumSquares: rewards.reduce((a, b) => a + b * b, 0) };
    expect(Math.abs(normalInverseGammaPosterior(REFERENCE_PRIOR, raw).rate / (deviations / 2) - 1)).toBeGreaterThan(1e-3);
  });
});
