import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fitPlan, observedSessions, predictSessions, type SessionSummary } from '../../src/fit/index.js';
import { PRIOR_DF } from '../../src/fit/sessionSpread.js';
import { exportSessions, smallPlan } from './fitFixtures.js';

/** Fits and simulations of several sessions: about 10–40 s alone, minutes on a loaded shared machine. */
const HEAVY_TIMEOUT = 300_000;

const dir = mkdtempSync(join(tmpdir(), 'livelift-fit-predict-'));

/**
 * A "true" audience unlike the plan's: more traffic, shorter watch times, warmer buyers; and
 * sessions that differ (traffic level spread 0.25, warmth 0.2: the model's defaults).
 */
const TRUTH = {
  session: { variation: { enabled: true, trafficSd: 0.25, warmthSd: 0.2 } },
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
const mean = (sessions: SessionSummary[], key: (typeof METRICS)[number]) => sessions.reduce((sum, s) => sum + s[key], 0) / sessions.length;
/** log-scale session spread of each total in the truth: traffic for all; warmth (×∂log conversion/∂warmth ≤ 1) on top for orders and revenue. */
const TRUE_SPREAD = { arrivals: 0.25, orders: Math.hypot(0.25, 0.2), revenue: Math.hypot(0.25, 0.2), meanWatchSeconds: 0 };

/**
 * With sessions that differ, three sessions pin down the mean of THOSE sessions, not the truth's
 * long-run mean: their traffic levels alone leave log-mean arrivals off by σ_t/√3 ≈ 14% (sd).
 * So the checks are (docs/fit.md § Prediction): the fitted plan reproduces the mean of the
 * sessions it saw within 10% (what the estimators control), and the truth's long-run mean within
 * 2.5 standard deviations of what three sessions leave (σ/√3 plus the Monte-Carlo error), where
 * the unfitted plan misses by far more.
 */
describe('a plan fitted to three sessions of a different truth (sessions that differ) predicts', () => {
  test('the mean of the sessions it saw within 10%, the truth within what three sessions allow; the unfitted plan misses by far more', () => {
    const truth = smallPlan(TRUTH);
    const file = join(dir, 'truth.csv');
    exportSessions(truth, 41, 3, file);
    const plan = smallPlan();
    const { fitted, data } = fitPlan({ scenario: plan, planFile: 'plan.json', viewers: [file], settings: { seed: 5, simulationReplicates: 2 } });
    const seen = observedSessions(data, 40, 2);
    const PREDICTED = 40;
    const fresh = predictSessions(truth, 977, PREDICTED);
    const byFitted = predictSessions(fitted, 5, PREDICTED);
    const byPlan = predictSessions(plan, 5, PREDICTED);
    for (const metric of METRICS) {
      const seenError = Math.abs(mean(byFitted, metric) / mean(seen, metric) - 1);
      const truthError = Math.abs(Math.log(mean(byFitted, metric) / mean(fresh, metric)));
      const allowed = 2.5 * Math.sqrt(TRUE_SPREAD[metric] ** 2 / 3 + 2 * (TRUE_SPREAD[metric] ** 2 + 0.02 ** 2) / PREDICTED);
      const planError = Math.abs(Math.log(mean(byPlan, metric) / mean(fresh, metric)));
      if (process.env.FIT_VERBOSE !== undefined) console.log(metric, seenError.toFixed(4), truthError.toFixed(4), allowed.toFixed(4), planError.toFixed(4));
      expect(seenError, metric).toBeLessThan(0.1);
      expect(truthError, metric).toBeLessThan(allowed);
      expect(planError, metric).toBeGreaterThan(Math.max(0.25, truthError));
    }
  }, HEAVY_TIMEOUT);
});

/**
 * The check as it states it, where it is attainable: sessions of the truth that differ
 * only by Monte-Carlo noise (session variation off in the truth). The fit must see no spread
 * between them beyond sampling noise, and the fitted plan must predict NEW sessions of the truth
 * (fresh seeds) within 10% for mean arrivals, orders, revenue and watch time, where the unfitted
 * plan misses by more than 20% and by at least three times the fitted plan's error.
 */
describe('a plan fitted to three sessions of a different truth (sessions alike) predicts new sessions of the truth', () => {
  test('within 10% for mean arrivals, orders, revenue and watch time; the unfitted plan misses by far more', () => {
    const truth = smallPlan({ ...TRUTH, session: { variation: { enabled: false } } });
    const file = join(dir, 'truth-alike.csv');
    exportSessions(truth, 41, 3, file);
    const plan = smallPlan();
    const { fitted, record } = fitPlan({ scenario: plan, planFile: 'plan.json', viewers: [file], settings: { seed: 42, simulationReplicates: 2 } });
    // No spread beyond sampling noise: the pooled spread is what the plan's own spread alone gives
    // when the sessions show none, σ₀·√(ν₀ / (ν₀ + S − 1)).
    for (const [path, prior] of [['session.variation.trafficSd', plan.session.variation.trafficSd], ['session.variation.warmthSd', plan.session.variation.warmthSd]] as const) {
      const estimate = record.estimates.find((e) => e.path === path);
      expect(estimate?.value, path).toBeLessThan(1.05 * prior * Math.sqrt(PRIOR_DF / (PRIOR_DF + 2)));
    }
    const PREDICTED = 40;
    const fresh = predictSessions(truth, 977, PREDICTED);
    const byFitted = predictSessions(fitted, 5, PREDICTED);
    const byPlan = predictSessions(plan, 5, PREDICTED);
    for (const metric of METRICS) {
      const error = Math.abs(mean(byFitted, metric) / mean(fresh, metric) - 1);
      const planError = Math.abs(mean(byPlan, metric) / mean(fresh, metric) - 1);
      if (process.env.FIT_VERBOSE !== undefined) console.log('alike', metric, error.toFixed(4), planError.toFixed(4));
      expect(error, metric).toBeLessThan(0.1);
      // "Far more": at least 20% and three times the fitted plan's error. (With the recommendation
      // pool on by default the plan's own traffic is lifted too, so its arrivals miss by 23%.)
      expect(planError, metric).toBeGreaterThan(Math.max(0.2, 3 * error));
    }
  }, HEAVY_TIMEOUT);
});
