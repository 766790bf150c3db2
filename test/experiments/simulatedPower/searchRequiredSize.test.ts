import { describe, expect, it } from 'vitest';
import { searchRequiredSize, type SizeSearchOptions } from '../../../src/experiments/simulatedPower/searchRequiredSize.js';
import { createStream } from '../../../src/sim/random/index.js';
import { normalCdf } from '../../../src/stats/index.js';

/** A fake simulator whose true power curve is known: a two-sided z-test with effect/sd = 0.25 per unit. */
function knownCurve(slope: number): (size: number) => number {
  return (size) => normalCdf(slope * Math.sqrt(size) - 1.959963984540054) + normalCdf(-slope * Math.sqrt(size) - 1.959963984540054);
}

function binomialSimulator(power: (size: number) => number, trials: number, seed: number): SizeSearchOptions['evaluate'] {
  return async (size) => {
    const rng = createStream(seed, size, 'fake-power');
    let successes = 0;
    for (let i = 0; i < trials; i++) if (rng() < power(size)) successes++;
    return { successes, trials };
  };
}

const base = { targetPower: 0.8, minSize: 2, maxSize: 100_000, maxEvaluations: 8, confidence: 0.95 };

describe('searchRequiredSize on a known power curve', () => {
  // Power Φ(0.25√n − 1.96) reaches 0.8 at n = ((1.96 + 0.8416)/0.25)² = 125.6.
  const truth = ((1.959963984540054 + 0.8416212335729143) / 0.25) ** 2;

  it('brackets from a low start, refines, and its Fieller interval covers the true size', async () => {
    const calls: number[] = [];
    const evaluate = binomialSimulator(knownCurve(0.25), 400, 7);
    const result = await searchRequiredSize({ ...base, initialSize: 20, evaluate: (size, phase) => (calls.push(size), evaluate(size, phase)) });
    expect(calls.slice(0, 4)).toEqual([20, 40, 80, 160]);
    expect(calls.length).toBeLessThanOrEqual(8);
    expect(result.notes).toEqual([]);
    expect(result.estimate!.interval[0]).toBeLessThan(truth);
    expect(result.estimate!.interval[1]).toBeGreaterThan(truth);
    expect(Math.abs(result.requiredSize! - truth) / truth).toBeLessThan(0.15);
    expect(result.points.map((p) => p.size)).toEqual([...calls].sort((a, b) => a - b));
  });

  it('halves down from a start above the answer', async () => {
    const result = await searchRequiredSize({ ...base, initialSize: 1000, evaluate: binomialSimulator(knownCurve(0.25), 400, 8) });
    expect(result.bracket[0]).toBeLessThan(truth);
    expect(result.bracket[1]).toBeGreaterThan(truth);
    expect(result.estimate!.interval[0]).toBeLessThan(truth);
    expect(result.estimate!.interval[1]).toBeGreaterThan(truth);
  });

  it('covers the truth in about 95% of seeded searches (Monte-Carlo error honestly reported)', async () => {
    let covered = 0;
    const runs = 60;
    for (let seed = 0; seed < runs; seed++) {
      const result = await searchRequiredSize({ ...base, initialSize: 50, evaluate: binomialSimulator(knownCurve(0.25), 200, 100 + seed) });
      const [low, high] = result.estimate!.interval;
      if (low <= truth && truth <= high) covered++;
    }
    // Binomial(60, 0.95) is ≥ 52 with probability 0.98; the probit line is exact here except for the far tail.
    expect(covered).toBeGreaterThanOrEqual(52);
  });

  it('says so when the target is out of reach or already met at the minimum', async () => {
    const never = await searchRequiredSize({ ...base, maxSize: 64, initialSize: 8, evaluate: binomialSimulator(knownCurve(0.01), 100, 1) });
    expect(never.notes).toContain('TARGET_NOT_REACHED');
    expect(never.bracket[1]).toBeNull();
    const always = await searchRequiredSize({ ...base, initialSize: 8, evaluate: binomialSimulator(knownCurve(5), 100, 1) });
    expect(always.notes).toContain('TARGET_MET_AT_MINIMUM');
    expect(always.requiredSize).toBe(2);
  });
});
