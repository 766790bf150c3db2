import { describe, expect, test } from 'vitest';
import { runSession, type RunResult } from '../../../src/sim/model/index.js';
import type { Scenario } from '../../../src/sim/scenario/index.js';
import { minimalScenario } from './minimalScenario.js';

function replicates(scenario: Scenario, count: number, seed = 11): RunResult[] {
  return Array.from({ length: count }, (_, replicate) => runSession(scenario, { seed, replicate }));
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** Nobody ever decides: decision moments only, and none of them. */
const NO_DECISIONS = { purchase: { timing: 'moments', triggers: { linkLive: false, notice: false, pitchStart: false, offerStart: false, arrivalDuringOffer: false } } };

describe('analytic checks (seeded; tolerances stated per test)', () => {
  test('constant arrival rate λ over T: mean arrivals λT (within 4 standard errors of the Poisson mean)', () => {
    const lambdaT = 60 * 30; // 60 per minute for 30 minutes
    const runs = replicates(minimalScenario(NO_DECISIONS), 20);
    const arrivals = runs.map((run) => run.funnel.arrived);
    const standardError = Math.sqrt(lambdaT / runs.length);
    expect(Math.abs(mean(arrivals) - lambdaT)).toBeLessThan(4 * standardError);
    // Thinning at a constant rate accepts every candidate.
    runs.forEach((run) => expect(run.arrivalCandidates).toBe(run.funnel.arrived));
  });

  test("exponential watch time of mean m: steady-state mean concurrency λm (Little's law, within 5%)", () => {
    // λ = 60/min, m = 5 min → L = 300. Average minutes 25–60 (five mean stays after the start).
    const scenario = minimalScenario({ ...NO_DECISIONS, session: { durationMinutes: 60 }, link: { annoyance: 0 } });
    const runs = replicates(scenario, 10);
    const steady = runs.flatMap((run) => run.timeline.filter((row) => row.minute >= 25).map((row) => row.concurrentViewers));
    expect(Math.abs(mean(steady) / 300 - 1)).toBeLessThan(0.05);
    // And the mean stay of those who leave on their own is the drawn mean (checked loosely: truncation at T shortens it).
    runs.forEach((run) => expect(run.meanWatchSeconds).toBeLessThan(300));
  });

  test('decision moments (timing "moments"): purchase logic reduced to a fixed probability p gives conversion p (within 4 standard errors)', () => {
    const p = 0.2;
    const scenario = minimalScenario({
      link: { adEffect: 0, annoyance: 0 },
      plan: [{ type: 'flash_sale', startMinute: 0, endMinute: 30, productId: 'course', discountPercent: 0, countdownBoost: 0, effects: { adEffect: 0, leaveMultiplier: 1 } }],
      purchase: {
        timing: 'moments',
        baseline: Math.log(p / (1 - p)),
        interest: 0,
        triggers: { linkLive: false, notice: false, pitchStart: false, offerStart: false, arrivalDuringOffer: true },
      },
    });
    const runs = replicates(scenario, 10);
    const arrived = runs.reduce((sum, run) => sum + run.funnel.arrived, 0);
    const bought = runs.reduce((sum, run) => sum + run.funnel.bought, 0);
    runs.forEach((run) => expect(run.funnel.sawLink).toBe(run.funnel.arrived));
    expect(Math.abs(bought / arrived - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / arrived));
  });

  test('decision moments: raising the price never raises the purchase rate (common random numbers, same seed and replicate)', () => {
    const priced = (price: number) =>
      minimalScenario({
        products: [{ id: 'course', price }],
        audience: { segments: [{ id: 'all', share: 1, willingnessToPay: { medianByKind: { course: 150 }, sigma: 0.6 }, watchTime: { kind: 'exponential', meanMinutes: 8 } }] },
        plan: [
          { type: 'pitch', startMinute: 5, endMinute: 10, productId: 'course' },
          { type: 'flash_sale', startMinute: 15, endMinute: 20, productId: 'course', discountPercent: 20 },
        ],
        purchase: { timing: 'moments', priceVsWillingness: -2.5, socialProof: 0.1, baseline: -3 },
      });
    const prices = [50, 100, 150, 200, 400];
    for (let replicate = 0; replicate < 3; replicate++) {
      const rates = prices.map((price) => runSession(priced(price), { seed: 5, replicate }).rates.bought);
      for (let i = 1; i < rates.length; i++) expect(rates[i]).toBeLessThanOrEqual(rates[i - 1]);
      expect(rates[rates.length - 1]).toBeLessThan(rates[0]);
    }
  });

  test('decision moments: a revenue-maximising price exists when the price coefficient is below −1', () => {
    const revenueAt = (price: number) =>
      runSession(
        minimalScenario({
          products: [{ id: 'course', price }],
          audience: { segments: [{ id: 'all', share: 1, willingnessToPay: { medianByKind: { course: 150 }, sigma: 0.4 } }] },
          purchase: { timing: 'moments', priceVsWillingness: -2.5, baseline: -1 },
        }),
        { seed: 3, replicate: 0 },
      ).revenue;
    const [low, middle, high] = [20, 150, 1500].map(revenueAt);
    expect(middle).toBeGreaterThan(low);
    expect(middle).toBeGreaterThan(high);
  });
});
