import { describe, expect, it } from 'vitest';
import { runSeason } from '../../../src/experiments/season/runSeason.js';
import { DEFAULT_SEASON_SETTINGS } from '../../../src/experiments/season/seasonSettings.js';
import { LiveSession } from '../../../src/sim/model/LiveSession.js';
import type { ReturningViewers } from '../../../src/sim/model/ReturningViewers.js';
import { RETURNING } from '../../../src/sim/model/ViewerTable.js';
import { parseScenario } from '../../../src/sim/scenario/index.js';
import { tinyScenario } from '../simulatedPower/tinyRooms.js';

/** The tiny room with buyers who often follow and come back. */
const scenario = parseScenario(
  tinyScenario({ retention: { followIfBought: 0.7, followIfEngaged: 0.2, followIfPassive: 0.05, returnProbability: 0.4 }, purchase: { baseline: -3, socialProof: 0, crowd: 0, chatBuzz: 0 } }),
);

describe('seasons: followers of one session come back to the next', () => {
  it('returning viewers of session k + 1 match returnProbability × followers of session k', async () => {
    const { seasons, summary } = await runSeason(scenario, { sessions: 6, replicates: 24, seed: 7 });
    let returned = 0;
    let followers = 0;
    for (const season of seasons) {
      expect(season[0].returningViewers).toBe(0);
      for (let k = 1; k < season.length; k++) {
        returned += season[k].returningViewers;
        followers += season[k - 1].newFollowers;
      }
    }
    // Given the followers, the returns are Binomial(followers, 0.4): |z| < 3.5 (a 1-in-2000 false alarm).
    const z = (returned - 0.4 * followers) / Math.sqrt(0.4 * 0.6 * followers);
    expect(followers).toBeGreaterThan(500);
    expect(Math.abs(z), `returned ${returned} of ${followers} followers`).toBeLessThan(3.5);
    expect(summary.returnRate).toBeCloseTo(returned / followers, 12);
    // The follower base builds up: later sessions have more returning viewers than the second.
    expect(summary.bySession[5].returningViewers.mean).toBeGreaterThan(summary.bySession[1].returningViewers.mean);
  });

  it('followers made by the model match the retention probabilities of buyers, engaged and passive viewers', () => {
    let followers = 0;
    let expected = 0;
    let variance = 0;
    for (let replicate = 0; replicate < 40; replicate++) {
      const t = new LiveSession(scenario, { seed: 3, replicate }).run().totals;
      const engagedOnly = t.engaged - t.bought;
      const passive = t.arrived - t.engaged;
      followers += t.newFollowers;
      expected += 0.7 * t.bought + 0.2 * engagedOnly + 0.05 * passive;
      variance += 0.21 * t.bought + 0.16 * engagedOnly + 0.0475 * passive;
    }
    // A sum of independent Bernoulli draws: within 3.5 standard deviations.
    expect(Math.abs(followers - expected)).toBeLessThan(3.5 * Math.sqrt(variance));
  });

  it('the carried interest and trust boosts make returning followers buy more (common random numbers)', async () => {
    // Two sessions: session 1's returning viewers are the same people at the same times with the
    // same random numbers, with or without the boosts; each decision is monotone in the odds.
    const options = { sessions: 2, replicates: 12, seed: 11 };
    const boosted = await runSeason(scenario, { ...options, settings: { ...DEFAULT_SEASON_SETTINGS, returningInterestBoost: 1, returningTrustBoost: 0.3 } });
    const plain = await runSeason(scenario, { ...options, settings: { ...DEFAULT_SEASON_SETTINGS, returningInterestBoost: 0, returningTrustBoost: 0 } });
    boosted.seasons.forEach((season, r) => {
      expect(season[1].returningViewers).toBe(plain.seasons[r][1].returningViewers);
      expect(season[1].returningBuyers).toBeGreaterThanOrEqual(plain.seasons[r][1].returningBuyers);
    });
    expect(boosted.summary.totals.returningBuyers.mean).toBeGreaterThan(plain.summary.totals.returningBuyers.mean);
  });

  it('is the same for 1 and 2 workers (run npm run build first: workers load dist/)', async () => {
    const one = await runSeason(scenario, { sessions: 3, replicates: 4, seed: 5, workers: 1 });
    const two = await runSeason(scenario, { sessions: 3, replicates: 4, seed: 5, workers: 2 });
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
  });
});

describe('the model admits returning followers with their carried state', () => {
  /** n identical returning viewers of the tiny room's only segment. */
  function returning(n: number, state: { bought: number; trustShift: number; interest: number }): ReturningViewers {
    return {
      count: n,
      arrival: Float64Array.from({ length: n }, (_, i) => (i * 1800) / n),
      segment: new Int32Array(n),
      tag: new Int16Array(n).fill(-1),
      ageBand: new Int16Array(n).fill(-1),
      gender: new Int16Array(n).fill(-1),
      region: new Int16Array(n).fill(-1),
      baseInterest: new Float64Array(n).fill(state.interest),
      willingnessToPay: new Float64Array(n).fill(1),
      propensity: new Float64Array(n).fill(1),
      trustShift: new Float64Array(n).fill(state.trustShift),
      bought: new Uint32Array(n).fill(state.bought),
    };
  }

  function returningBuyers(viewers: ReturningViewers, replicate: number): { arrived: number; bought: number } {
    const counts = { arrived: 0, bought: 0 };
    new LiveSession(scenario, {
      seed: 1,
      replicate,
      returning: viewers,
      onViewerLeave: (session, slot) => {
        if ((session.table.flags[slot] & RETURNING) === 0) return;
        counts.arrived++;
        if (session.table.orders[slot] > 0) counts.bought++;
      },
    }).run();
    return counts;
  }

  it('every returning viewer arrives; owners of the only product never buy it again', () => {
    const owners = returningBuyers(returning(300, { bought: 1, trustShift: 0, interest: 0.5 }), 0);
    expect(owners).toEqual({ arrived: 300, bought: 0 });
    expect(returningBuyers(returning(300, { bought: 0, trustShift: 0, interest: 0.5 }), 0).bought).toBeGreaterThan(0);
  });

  it('more trust never lowers purchases (common random numbers)', () => {
    for (let replicate = 0; replicate < 5; replicate++) {
      const base = returningBuyers(returning(300, { bought: 0, trustShift: 0, interest: 0.3 }), replicate).bought;
      const trusting = returningBuyers(returning(300, { bought: 0, trustShift: 0.5, interest: 0.3 }), replicate).bought;
      expect(trusting).toBeGreaterThanOrEqual(base);
    }
  });
});
