import { describe, expect, it } from 'vitest';
import { parseExperiment } from '../../../src/experiments/load/loadExperiment.js';
import { planPowerBySimulation } from '../../../src/experiments/simulatedPower/planPowerBySimulation.js';
import { powerAtSize } from '../../../src/experiments/simulatedPower/powerAtSize.js';
import { plannedContrast } from '../../../src/experiments/simulatedPower/plannedContrast.js';
import { powerForEffect } from '../../../src/stats/index.js';
import { tinyExperiment, tinyScenario } from './tinyRooms.js';

/** `npm run calibrate` runs these at full size; CALIBRATION_SIZE=ci shrinks them to about a minute. */
const CI = process.env.CALIBRATION_SIZE === 'ci';
const REPLICATES = CI ? 150 : 600;

describe('power by simulation, calibration', () => {
  it('viewer unit, independent viewers: simulated power matches the analytic z-test at every size', async () => {
    const loaded = parseExperiment(tinyExperiment({ unit: 'viewer', primary: 'conversion', sessionsPerArm: 1, treatment: { coupon: { value: 40, adEffect: 0.3 } } }));
    // The truth from a large run with potential outcomes (every viewer in one arm).
    const truthRun = await powerAtSize(loaded, 4, { seed: 77, replicates: REPLICATES, workers: 2, withTruth: true });
    const truth = plannedContrast(loaded, truthRun.potential!, 'conversion').truth;
    const design = { kind: 'proportion', baseline: truth.control, alpha: 0.05, sides: 'two', split: [1, 1] } as const;
    const zScores: number[] = [];
    for (const size of [1, 2, 4, 6, 9]) {
      const run = await powerAtSize(loaded, size, { seed: 78, replicates: REPLICATES, workers: 2 });
      const successes = run.primary.filter((c) => c[0].significant && c[0].absolute.estimate > 0).length;
      const viewers = run.viewers.reduce((sum, perArm) => sum + perArm[0] + perArm[1], 0) / REPLICATES;
      const analytic = powerForEffect(design, viewers, { value: truth.absolute, relative: false });
      zScores.push((successes / REPLICATES - analytic) / Math.sqrt((analytic * (1 - analytic)) / REPLICATES));
    }
    // Five points, each within 3 Monte-Carlo standard errors (family-wise about 1% false alarm).
    for (const z of zScores) expect(Math.abs(z), `z-scores ${zScores.map((v) => v.toFixed(2)).join(', ')}`).toBeLessThan(3);
  });

  it('session unit with strong social proof: design effect clearly above 1', async () => {
    const scenario = tinyScenario({ purchase: { socialProof: 1.5, crowd: 0, chatBuzz: 0 } });
    const loaded = parseExperiment(tinyExperiment({ unit: 'session', scenario, primary: 'conversion', sessionsPerArm: 2, treatment: { coupon: { value: 20, adEffect: 0.2 } } }));
    const options = { seed: 9, replicates: CI ? 100 : 300, targetPower: 0.8, maxEvaluations: 7 };
    const result = await planPowerBySimulation(loaded, { ...options, workers: 2 });
    expect(result.required.interval![0]!).toBeGreaterThan(result.analytic!.sessionsPerArm);
    expect(result.designEffect!).toBeGreaterThan(2);
  });
});
