import { describe, expect, it } from 'vitest';
import { parseExperiment } from '../../../src/experiments/load/loadExperiment.js';
import { planPowerBySimulation } from '../../../src/experiments/simulatedPower/planPowerBySimulation.js';
import { powerAtSize } from '../../../src/experiments/simulatedPower/powerAtSize.js';
import { primaryOnlyContext } from '../../../src/experiments/simulatedPower/powerAtSize.js';
import { resampledPower } from '../../../src/experiments/simulatedPower/resampledPower.js';
import { simulateSessionPool } from '../../../src/experiments/simulatedPower/sessionPool.js';
import { tinyExperiment, tinyScenario } from './tinyRooms.js';

/** A session-randomized test on tiny rooms that needs about a dozen sessions per arm. */
function tinySessionTest(scenario: Record<string, unknown> = tinyScenario()) {
  return parseExperiment(tinyExperiment({ unit: 'session', primary: 'conversion', scenario, sessionsPerArm: 4, treatment: { coupon: { value: 20, adEffect: 0.15 } } }));
}

describe('planBySessionPool (session unit)', () => {
  it('finds the size a brute-force grid of the same resampled tests finds, and is identical for 1 and 2 workers', async () => {
    const loaded = tinySessionTest();
    const options = { seed: 7, replicates: 50, workers: 1, targetPower: 0.8, poolSessions: 60 };
    const result = await planPowerBySimulation(loaded, options);
    expect(result.method).toBe('session-pool');
    expect(result.planning).toEqual({ metric: 'conversion', source: 'primary' });
    const exact = result.required.exactSessionsPerArm!;
    // Brute force: every size from 2 up, on the same pool and streams, far more tests per size.
    const pool = await simulateSessionPool(loaded, { seed: 7, slots: 60, workers: 1 });
    const test = { kind: 'metric', context: primaryOnlyContext(loaded, 'conversion'), contrastIndex: 0, direction: 1 } as const;
    let brute = 0;
    for (let size = 2; size <= 4 * exact && brute === 0; size++) {
      const count = resampledPower(pool, size, test, { seed: 99, replicates: 600, weights: [1, 1] });
      if (count.successes / count.trials >= 0.8) brute = size;
    }
    expect(brute).toBeGreaterThan(0);
    // The fit's own Monte-Carlo error (se ≈ result.required.se) and the grid's (600 tests: ±1.6 points of power ≈ ±1 size step here).
    expect(Math.abs(result.required.sessionsPerArm! - brute)).toBeLessThanOrEqual(Math.max(2, 3 * result.required.se!));
    const [low, high] = result.monteCarlo!.fitInterval!;
    expect(brute).toBeGreaterThanOrEqual(Math.floor(low!) - 1);
    expect(brute).toBeLessThanOrEqual(Math.ceil(high!) + 1);
    const twoWorkers = await planPowerBySimulation(loaded, { ...options, workers: 2 });
    expect(JSON.stringify({ ...twoWorkers, version: '' })).toBe(JSON.stringify({ ...result, version: '' }));
  }, 120_000);

  it('its Monte-Carlo interval covers the size freshly simulated tests need', async () => {
    const loaded = tinySessionTest();
    const result = await planPowerBySimulation(loaded, { seed: 3, replicates: 50, workers: 2, targetPower: 0.8, poolSessions: 60 });
    const [low, high] = result.required.interval!;
    // Fresh simulations (new sessions, the experiment's own test) at the interval's ends: the
    // brute-force crossing of 80% lies between them when power is at most 80% at the low end and
    // at least 80% at the high end, up to the grid's Monte-Carlo error (2.5 se of 60 tests).
    const freshPower = async (size: number) => {
      const run = await powerAtSize(loaded, size, { seed: 1234, replicates: 60, workers: 2 });
      return run.primary.filter((c) => c[0].significant && c[0].absolute.estimate > 0).length / run.primary.length;
    };
    const margin = 2.5 * Math.sqrt((0.8 * 0.2) / 60);
    expect(await freshPower(Math.max(2, Math.floor(low ?? 2)))).toBeLessThanOrEqual(0.8 + margin);
    expect(high).not.toBeNull();
    expect(await freshPower(Math.ceil(high!))).toBeGreaterThanOrEqual(0.8 - margin);
  }, 180_000);

  it('the chart data reaches the required size, and the recommended size has its power with an interval', async () => {
    const result = await planPowerBySimulation(tinySessionTest(), { seed: 5, replicates: 20, workers: 1, targetPower: 0.8, poolSessions: 40 });
    const curve = result.curve!;
    expect(curve.length).toBeGreaterThan(2);
    expect(curve[curve.length - 1].sessionsPerArm).toBeGreaterThanOrEqual(result.required.sessionsPerArm! - 1e-9);
    expect(Math.max(...result.points.map((p) => p.sessionsPerArm))).toBeGreaterThanOrEqual(result.required.sessionsPerArm!);
    const recommended = result.recommended!;
    expect(recommended.sessionsPerArm).toBe(result.required.sessionsPerArm);
    expect(recommended.interval[0]).toBeLessThanOrEqual(recommended.power);
    expect(recommended.interval[1]).toBeGreaterThanOrEqual(recommended.power);
    expect(recommended.confirmation).not.toBeNull();
    expect(result.advice!.trust).toBe('simulation');
  }, 60_000);

  it('plans on profit per session by default when the scenario has costs, and on revenue when asked', async () => {
    const scenario = tinyScenario({ costs: { hostFee: 50, perOrder: 5 } });
    const loaded = parseExperiment(tinyExperiment({ unit: 'session', primary: 'conversion', scenario, sessionsPerArm: 4, treatment: { coupon: { value: 20, adEffect: 0.15 } } }));
    const options = { seed: 2, replicates: 10, workers: 1, targetPower: 0.8, poolSessions: 30 };
    const profit = await planPowerBySimulation(loaded, options);
    expect(profit.planning).toEqual({ metric: 'profitPerSession', source: 'costs' });
    expect(profit.metric).toBe('profitPerSession');
    expect(profit.analytic).toBeNull();
    const revenue = await planPowerBySimulation(loaded, { ...options, metric: 'revenue' });
    expect(revenue.planning).toEqual({ metric: 'revenuePerViewer', source: 'option' });
    expect(revenue.truth.control).not.toBe(profit.truth.control);
  }, 60_000);
});
