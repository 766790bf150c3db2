import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fitPlan, observedSessions, predictSessions, quantile, readViewers } from '../../src/fit/index.js';
import { exportSessions, PRIOR_OVERRIDES, smallPlan } from './fitFixtures.js';

/**
 * Where the next session may land, calibrated: each seed simulates four sessions of a truth whose
 * sessions differ (traffic level spread 0.25, warmth 0.2), fits the prior plan to the first three,
 * simulates `PREDICTED` sessions of the fitted plan (each with its own draw of the coefficients
 * and of the session spreads: drawCoefficients) and asks whether the fourth session's arrivals,
 * orders and revenue fall inside the 5–95% range. `npm run calibrate`: 40 seeds; CALIBRATION_SIZE=ci: 10.
 */
const SEEDS = process.env.CALIBRATION_SIZE === 'ci' ? 10 : 40;
const PREDICTED = 40;
const METRICS = ['arrivals', 'orders', 'revenue'] as const;
const dir = mkdtempSync(join(tmpdir(), 'livelift-fit-coverage-'));

describe('fit: the 90% prediction interval of the next session covers it about 90% of the time', () => {
  test(`${SEEDS} seeds, sessions that differ`, () => {
    const truth = smallPlan({ session: { variation: { enabled: true, trafficSd: 0.25, warmthSd: 0.2 } } });
    const prior = smallPlan({ ...PRIOR_OVERRIDES, session: { variation: { enabled: true, trafficSd: 0.25, warmthSd: 0.2 } } });
    const tally = Object.fromEntries(METRICS.map((metric) => [metric, 0])) as Record<(typeof METRICS)[number], number>;
    for (let seed = 0; seed < SEEDS; seed++) {
      const seen = join(dir, `seen-${seed}.csv`);
      const next = join(dir, `next-${seed}.csv`);
      exportSessions(truth, 3000 + seed, 3, seen);
      exportSessions(truth, 3000 + seed, 1, next, 3);
      const { fitted, record } = fitPlan({ scenario: prior, planFile: 'prior.json', viewers: [seen], settings: { seed: seed + 1, simulationReplicates: 2 } });
      const predicted = predictSessions(fitted, seed + 1, PREDICTED, record.estimates);
      const [observed] = observedSessions(readViewers([next], truth), 40, 2);
      for (const metric of METRICS) {
        const values = predicted.map((session) => session[metric]);
        if (quantile(values, 0.05) <= observed[metric] && observed[metric] <= quantile(values, 0.95)) tally[metric]++;
      }
    }
    console.log(JSON.stringify(Object.fromEntries(METRICS.map((metric) => [metric, `${tally[metric]}/${SEEDS} = ${(tally[metric] / SEEDS).toFixed(3)}`]))));
    const all = METRICS.reduce((sum, metric) => sum + tally[metric], 0) / (METRICS.length * SEEDS);
    // Three totals of one session are correlated: the slack is that of SEEDS independent checks.
    const slack = 3 * Math.sqrt((0.9 * 0.1) / SEEDS);
    expect(all).toBeGreaterThan(0.9 - slack);
    expect(all).toBeLessThanOrEqual(Math.min(1, 0.9 + slack));
  });
});
