import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fitPlan, predictSessions, type PredictedSession } from '../../src/fit/index.js';
import { exportSessions, smallPlan } from './fitFixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'livelift-fit-predict-'));

/** A "true" audience unlike the plan's: more traffic, shorter watch times, warmer buyers. */
const TRUTH = {
  traffic: { arrivals: { kind: 'constant', perMinute: 95 }, followerNotification: { openRate: 0.035 } },
  audience: {
    segments: [
      { id: 'casual', share: 0.6, watchTime: { kind: 'exponential', meanMinutes: 3.5 } },
      { id: 'keen', share: 0.4, watchTime: { kind: 'lognormal', medianMinutes: 5, sigma: 0.8 } },
    ],
  },
  purchase: { baseline: -2.6 },
};

const METRICS = ['arrivals', 'orders', 'revenue', 'meanWatchSeconds'] as const;
const mean = (sessions: PredictedSession[], key: (typeof METRICS)[number]) => sessions.reduce((sum, s) => sum + s[key], 0) / sessions.length;

describe('a plan fitted to three sessions of a different truth predicts new sessions of the truth', () => {
  test('mean arrivals, orders, revenue and watch time within 10%; the unfitted plan misses by far more', () => {
    const truth = smallPlan(TRUTH);
    const file = join(dir, 'truth.csv');
    exportSessions(truth, 41, 3, file);
    const plan = smallPlan();
    const { fitted } = fitPlan({ scenario: plan, planFile: 'plan.json', viewers: [file], settings: { seed: 5, simulationReplicates: 2 } });
    const fresh = predictSessions(truth, 977, 12);
    const byFitted = predictSessions(fitted, 5, 12);
    const byPlan = predictSessions(plan, 5, 12);
    for (const metric of METRICS) {
      const target = mean(fresh, metric);
      const fittedError = Math.abs(mean(byFitted, metric) / target - 1);
      const planError = Math.abs(mean(byPlan, metric) / target - 1);
      if (process.env.FIT_VERBOSE !== undefined) console.log(metric, target.toFixed(1), fittedError.toFixed(4), planError.toFixed(4));
      expect(fittedError, metric).toBeLessThan(0.1);
      expect(planError, metric).toBeGreaterThan(Math.max(0.25, 3 * fittedError));
    }
  });
});
