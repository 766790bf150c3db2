import { describe, expect, it } from 'vitest';
import { parseExperiment } from '../../../src/experiments/load/loadExperiment.js';
import { planPowerBySimulation } from '../../../src/experiments/simulatedPower/planPowerBySimulation.js';
import { InputError } from '../../../src/io/inputError.js';
import { powerForEffect } from '../../../src/stats/index.js';
import { tinyExperiment, tinyScenario } from './tinyRooms.js';

describe('planPowerBySimulation', () => {
  it('viewer unit, independent viewers: simulated power agrees with the analytic z-test within Monte-Carlo error', async () => {
    const loaded = parseExperiment(tinyExperiment({ unit: 'viewer', primary: 'conversion', sessionsPerArm: 2, treatment: { coupon: { value: 40, adEffect: 0.3 } } }));
    const replicates = 80;
    const result = await planPowerBySimulation(loaded, { seed: 11, replicates, workers: 1, targetPower: 0.8, maxEvaluations: 4 });
    expect(result.kind).toBe('power');
    expect(result.points.length).toBeGreaterThanOrEqual(3);
    const design = { kind: 'proportion', baseline: result.truth.control, alpha: 0.05, sides: 'two', split: [1, 1] } as const;
    for (const point of result.points) {
      // Analytic power at the simulated test's viewers (both arms), for the model's true rates.
      const analytic = powerForEffect(design, 2 * point.viewersPerArm, { value: result.truth.absolute, relative: false });
      const mcSe = Math.sqrt((analytic * (1 - analytic)) / replicates);
      expect(Math.abs(point.power - analytic), `at ${point.sessionsPerArm} sessions: simulated ${point.power}, analytic ${analytic}`).toBeLessThanOrEqual(3 * mcSe + 1e-9);
    }
    // Required sizes agree too: the design effect is 1 within Monte-Carlo error. The simulated size
    // has se ≈ 6% here (result.required.se), and the analytic one inherits the pilot truth's error
    // (≈ 2% on the effect, so ≈ 4% on the size); 0.8–1.25 is about three combined standard errors.
    expect(result.required.se! / result.required.exactSessionsPerArm!).toBeLessThan(0.1);
    expect(result.designEffect!).toBeGreaterThan(0.8);
    expect(result.designEffect!).toBeLessThan(1.25);
    expect(result.analytic!.viewersPerArm[0]).toBeGreaterThan(100);
    expect(result.notes.map((note) => note.code)).not.toContain('FIT_FAILED');
  });

  it('session unit with strong social proof: the simulated requirement exceeds the naive analytic one (design effect > 1)', async () => {
    const scenario = tinyScenario({ purchase: { socialProof: 1.5, crowd: 0, chatBuzz: 0 } });
    const loaded = parseExperiment(
      tinyExperiment({ unit: 'session', scenario, primary: 'conversion', sessionsPerArm: 2, treatment: { coupon: { value: 20, adEffect: 0.2 } } }),
    );
    const result = await planPowerBySimulation(loaded, { seed: 5, replicates: 40, workers: 1, targetPower: 0.8, maxEvaluations: 4 });
    expect(result.sizeUnit).toBe('sessions');
    expect(result.designEffect!).toBeGreaterThan(1.5);
    // Not just the point estimate: the whole 95% Monte-Carlo interval is above the analytic size.
    expect(result.required.interval![0]!).toBeGreaterThan(result.analytic!.sessionsPerArm);
    expect(result.notes.map((note) => note.code)).toContain('FEW_SESSIONS');
  });

  it('refuses an experiment whose arms are identical (nothing to detect)', async () => {
    const loaded = parseExperiment(tinyExperiment({ unit: 'viewer', primary: 'conversion', treatment: {} }));
    await expect(planPowerBySimulation(loaded, { seed: 1, replicates: 2, workers: 1, targetPower: 0.8 })).rejects.toThrow(InputError);
  });
});
