import { describe, expect, it } from 'vitest';
import { banditSummary, type BanditReplicate } from '../../../src/experiments/bandit/banditSummary.js';
import { alwaysArm, fixedSplit } from '../../../src/experiments/bandit/fixedSplit.js';
import { REFERENCE_PRIOR } from '../../../src/experiments/bandit/normalInverseGamma.js';
import { minimumWarmup, thompsonSampling } from '../../../src/experiments/bandit/thompsonSampling.js';
import { playSeason } from '../../../src/experiments/season/playSeason.js';
import { createStream } from '../../../src/sim/random/index.js';
import { gaussianSeason } from './syntheticSeason.js';

const MEANS = [10_000, 12_000, 15_000];
const SD = 3_000;
const SESSIONS = 45;

/** One replicate: every policy plays the same season (common random numbers: same noise stream). */
function replicate(r: number): BanditReplicate {
  const season = (policy: Parameters<typeof playSeason>[0]) => playSeason(policy, gaussianSeason(MEANS, SD, createStream(9, r, 'noise')), SESSIONS, MEANS.length);
  const thompson = thompsonSampling({ prior: REFERENCE_PRIOR, warmupSessionsPerArm: 2, rng: createStream(9, r, 'bandit.thompson') });
  return { thompson: season(thompson), fixed: season(fixedSplit(3)), always: MEANS.map((_, arm) => season(alwaysArm(arm))) };
}

describe('Thompson sampling (Normal–Inverse-Gamma posteriors) against a fixed equal split', () => {
  const replicates = Array.from({ length: 120 }, (_, r) => replicate(r));
  const summary = banditSummary(replicates);

  it('warms up in rotation, two sessions per arm, before sampling', () => {
    for (const r of replicates.slice(0, 5)) expect(r.thompson.slice(0, 6).map((o) => o.arm)).toEqual([0, 1, 2, 0, 1, 2]);
    expect(replicates[0].fixed!.slice(0, 7).map((o) => o.arm)).toEqual([0, 1, 2, 0, 1, 2, 0]);
  });

  it('finds the best arm and its true revenue per session from the always-arm seasons', () => {
    expect(summary.bestArm).toBe(2);
    summary.armRevenuePerSession.forEach((arm, a) => {
      expect(arm.ci[0]).toBeLessThan(MEANS[a]);
      expect(arm.ci[1]).toBeGreaterThan(MEANS[a]);
    });
  });

  it('has lower cumulative regret and more revenue than the fixed split when one arm is clearly best', () => {
    // Fixed split regret is deterministic here: 15 sessions each of arms 0 and 1 → 15·5000 + 15·3000.
    expect(summary.fixed!.cumulativeRegret.mean).toBeCloseTo(15 * (summary.armRevenuePerSession[2].mean - summary.armRevenuePerSession[0].mean) + 15 * (summary.armRevenuePerSession[2].mean - summary.armRevenuePerSession[1].mean), 6);
    expect(summary.thompson.cumulativeRegret.ci[1]).toBeLessThan(summary.fixed!.cumulativeRegret.ci[0]);
    expect(summary.difference!.totalRevenue.ci[0]).toBeGreaterThan(0);
    expect(summary.difference!.cumulativeRegret.ci[1]).toBeLessThan(0);
  });

  it('gives the best arm a growing share of sessions over the season', () => {
    const share = (from: number, to: number) => {
      const points = summary.bySession.filter((p) => p.policy === 'thompson' && p.session >= from && p.session < to);
      return points.reduce((sum, p) => sum + p.bestArmShare, 0) / points.length;
    };
    const early = share(6, 16);
    const late = share(35, 45);
    expect(late).toBeGreaterThan(early + 0.1);
    expect(late).toBeGreaterThan(0.8);
    expect(summary.thompson.bestArmShare.mean).toBeGreaterThan(summary.fixed!.bestArmShare.mean);
    // Regret curves are cumulative, so they never decrease.
    const curve = summary.bySession.filter((p) => p.policy === 'thompson').map((p) => p.regret);
    curve.slice(1).forEach((value, k) => expect(value).toBeGreaterThanOrEqual(curve[k] - 1e-9));
  });

  it('is reproducible: the same streams give the same choices', () => {
    expect(replicate(3).thompson.map((o) => o.arm)).toEqual(replicates[3].thompson.map((o) => o.arm));
  });
});

describe('warm-up needed by a prior', () => {
  it('is 2 sessions for the reference prior, 0 for a proper prior, and too short a warm-up is refused', () => {
    expect(minimumWarmup(REFERENCE_PRIOR)).toBe(2);
    expect(minimumWarmup({ mean: 100, strength: 1, shape: 2, rate: 50 })).toBe(0);
    expect(() => thompsonSampling({ prior: REFERENCE_PRIOR, warmupSessionsPerArm: 1, rng: createStream(1, 0, 'x') })).toThrow(RangeError);
  });
});
