import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { computeExposure } from '../../src/fit/Exposure.js';
import { DEFAULT_FIT_SETTINGS } from '../../src/fit/FitContext.js';
import { fitArrivals } from '../../src/fit/fitArrivals.js';
import { readViewers } from '../../src/fit/readViewers.js';
import { exportSessions, smallPlan } from './fitFixtures.js';

/** Fits and simulations of several sessions: about 10–40 s alone, minutes on a loaded shared machine. */
const HEAVY_TIMEOUT = 300_000;

const dir = mkdtempSync(join(tmpdir(), 'livelift-fit-referral-'));

/** Buyers who share: known share probability and delay, warm enough buyers for a few hundred referred viewers over three sessions. */
const TRUTH = { traffic: { referral: { shareProbability: 0.3, viewersPerShare: 1.5, delayMinutes: 4 } }, purchase: { baseline: -2.5 } };
const PRIOR = { traffic: { referral: { shareProbability: 0.05, viewersPerShare: 1.5, delayMinutes: 10 } }, purchase: { baseline: -2.5 } };
const SEEDS = [3, 4, 5, 6, 7, 8];

function estimatesAt(seed: number, dropFirstPurchase = false) {
  const truth = smallPlan(TRUTH);
  const file = join(dir, `referral-${seed}.csv`);
  exportSessions(truth, seed, 3, file);
  const prior = smallPlan(PRIOR);
  const data = readViewers([file], prior);
  if (dropFirstPurchase) data.firstPurchase = null;
  const { estimates } = fitArrivals({ scenario: prior, data, exposure: computeExposure(prior, data), settings: DEFAULT_FIT_SETTINGS });
  const at = (path: string) => estimates.find((e) => e.path === path)!;
  return { share: at('traffic.referral.shareProbability'), delay: at('traffic.referral.delayMinutes') };
}

describe('referral share probability and delay from purchase and referral-arrival times', () => {
  test('recover the truth within their intervals over seeds', () => {
    let covered = 0;
    for (const seed of SEEDS) {
      const { share, delay } = estimatesAt(seed);
      if (process.env.FIT_VERBOSE !== undefined) console.log(seed, share.value.toFixed(4), share.se!.toFixed(4), share.interval, delay.value.toFixed(3), delay.interval, share.note);
      expect(share.method).toBe('point-process-mle');
      expect(delay.held).toBe(false);
      expect(Math.abs(share.value - 0.3)).toBeLessThan(3.5 * share.se!);
      expect(Math.abs(Math.log(delay.value / 4))).toBeLessThan(3.5 * (delay.se! / delay.value));
      for (const [estimate, truth] of [[share, 0.3], [delay, 4]] as const) if (estimate.interval![0] <= truth && truth <= estimate.interval![1]) covered++;
    }
    // 12 intervals of nominal 90%: at least 8 (P(≤ 7 | 0.9) < 0.3%).
    expect(covered).toBeGreaterThanOrEqual(8);
  }, HEAVY_TIMEOUT);

  test('without first_purchase_s the delay is held and the share probability comes from the count', () => {
    const { share, delay } = estimatesAt(3, true);
    expect(share.method).toBe('poisson-moment');
    expect(delay.held).toBe(true);
  });
});
