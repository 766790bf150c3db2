import { describe, expect, test } from 'vitest';
import { runSession } from '../../../src/sim/model/index.js';
import { minimalScenario } from './minimalScenario.js';

describe('costs, profit and ROI (docs/model.md § Costs and profit)', () => {
  const scenario = (costs: unknown, budget = 2000) =>
    minimalScenario({
      traffic: { promotion: { budget, viewersAtSaturation: 500 }, referral: { shareProbability: 0.5, rewardOffered: true } },
      plan: [{ type: 'pitch', startMinute: 5, endMinute: 25, productId: 'course' }],
      purchase: { baseline: -1 },
      ...(costs === undefined ? {} : { costs }),
    });

  test('profit = revenue − promotion − commission − order costs − host fee − referral rewards, each as stated', () => {
    const run = runSession(scenario({ platformCommissionPercent: 10, perOrder: 3, hostFee: 500, referralRewardPerShare: 5 }), { seed: 1, replicate: 0 });
    expect(run.orders).toBeGreaterThan(50);
    expect(run.referralShares).toBeGreaterThan(0);
    expect(run.costs.promotion).toBe(2000);
    expect(run.costs.commission).toBeCloseTo(0.1 * run.revenue, 9);
    expect(run.costs.orders).toBe(3 * run.orders);
    expect(run.costs.hostFee).toBe(500);
    expect(run.costs.referralRewards).toBe(5 * run.referralShares);
    expect(run.costs.total).toBeCloseTo(2000 + 0.1 * run.revenue + 3 * run.orders + 500 + 5 * run.referralShares, 9);
    expect(run.profit).toBeCloseTo(run.revenue - run.costs.total, 9);
    expect(run.roi).toBeCloseTo(run.profit / run.costs.total, 12);
  });

  test('without a costs block only promotion spend counts; with no spend at all ROI is null', () => {
    const run = runSession(scenario(undefined), { seed: 1, replicate: 0 });
    expect(run.costs.total).toBe(2000);
    expect(run.profit).toBe(run.revenue - 2000);
    expect(runSession(scenario(undefined, 0), { seed: 1, replicate: 0 }).roi).toBeNull();
  });

  test('promotion beyond saturation raises revenue but lowers profit (diminishing returns net of spend)', () => {
    const at = (budget: number) => runSession(minimalScenario({ ...scenario({}, budget), traffic: { ...scenario({}, budget).traffic, promotion: { budget, viewersAtSaturation: 500, budgetScale: 2000 } } }), { seed: 1, replicate: 0 });
    const modest = at(2000);
    const lavish = at(40_000);
    expect(lavish.revenue).toBeGreaterThan(modest.revenue);
    expect(lavish.profit).toBeLessThan(modest.profit);
  });
});
