import { describe, expect, test } from 'vitest';
import { recover } from './fitFixtures.js';

/**
 * Coverage of the 90% intervals over many seeds: each seed simulates three sessions of the truth,
 * fits the prior plan and checks every estimate's interval. `npm run calibrate` runs 40 seeds
 * (about 4 minutes); CALIBRATION_SIZE=ci runs 10.
 */
const SEEDS = process.env.CALIBRATION_SIZE === 'ci' ? 10 : 40;

describe('fit: 90% intervals cover the truth about 90% of the time', () => {
  test(`${SEEDS} seeds, by estimator`, () => {
    const byMethod = new Map<string, { covered: number; total: number }>();
    for (let seed = 0; seed < SEEDS; seed++) {
      for (const e of recover(1000 + seed)) {
        const tally = byMethod.get(e.method) ?? { covered: 0, total: 0 };
        tally.total++;
        if (e.interval![0] <= e.truth && e.truth <= e.interval![1]) tally.covered++;
        byMethod.set(e.method, tally);
      }
    }
    const all = [...byMethod.values()].reduce((a, b) => ({ covered: a.covered + b.covered, total: a.total + b.total }), { covered: 0, total: 0 });
    console.log(JSON.stringify(Object.fromEntries([...byMethod].map(([method, t]) => [method, `${t.covered}/${t.total} = ${(t.covered / t.total).toFixed(3)}`]))));
    const rate = all.covered / all.total;
    const slack = 3 * Math.sqrt((0.9 * 0.1) / all.total);
    expect(rate).toBeGreaterThan(0.9 - slack - 0.02);
    expect(rate).toBeLessThan(0.9 + slack + 0.02);
    for (const [method, t] of byMethod) {
      if (t.total >= 20) expect(t.covered / t.total, method).toBeGreaterThan(0.9 - 3 * Math.sqrt(0.09 / t.total) - 0.05);
    }
  });
});
