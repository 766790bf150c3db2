import { describe, expect, test } from 'vitest';
import { binomialBand } from '../stats/sequential/support/binomialBand.js';
import { recoverSources, SOURCE_PATHS } from './sourceFixtures.js';

/**
 * Coverage of the 90% intervals of the traffic-source, bounce and recommendation estimates over
 * many seeds: each seed simulates three sessions of SOURCE_TRUTH (test/fit/sourceFixtures.ts: source
 * mixes, patience multipliers 2.5 and 0.6, trust shifts 0.4 and −0.3, bounce 0.3, elasticity 1),
 * fits SOURCE_PRIOR end to end and checks each estimate's interval. A full fit costs about 20 s of
 * CPU (the trust shifts' and the baseline's simulated moments), so `npm run calibrate` runs 30
 * seeds (about 10 minutes) and CALIBRATION_SIZE=ci runs 2 (about 40 s).
 *
 * Tolerance: a count of covered intervals must lie in the central 99.9% range of
 * Binomial(n, 0.9) (binomialBand), per estimate at full size; at ci size (2 seeds, where a
 * per-estimate range is vacuous) over all ten estimates pooled, which is conservative only
 * roughly: estimates of one seed share the same sessions.
 */
const SEEDS = process.env.CALIBRATION_SIZE === 'ci' ? 2 : 30;
const LEVEL = 0.999;

describe('fit: the source, bounce and recommendation intervals cover the truth about 90% of the time', () => {
  test(`${SEEDS} seeds, by estimate`, () => {
    const tallies = new Map(SOURCE_PATHS.map((path) => [path, { covered: 0, total: 0, z: [] as number[] }]));
    for (let seed = 0; seed < SEEDS; seed++) {
      for (const row of recoverSources(2000 + seed, { fitSeed: 3000 + seed }).rows) {
        expect(row.held, row.path).toBe(false);
        const tally = tallies.get(row.path)!;
        tally.total++;
        if (row.interval![0] <= row.truth && row.truth <= row.interval![1]) tally.covered++;
        tally.z.push((row.value - row.truth) / row.se);
      }
    }
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    console.table([...tallies].map(([path, t]) => ({ path, coverage: `${t.covered}/${t.total}`, band: binomialBand(t.total, 0.9, LEVEL).map((x) => x.toFixed(3)).join('–'), meanZ: mean(t.z).toFixed(2) })));
    const pooled = [...tallies.values()].reduce((a, b) => ({ covered: a.covered + b.covered, total: a.total + b.total }), { covered: 0, total: 0 });
    const [low, high] = binomialBand(pooled.total, 0.9, LEVEL);
    expect(pooled.covered / pooled.total).toBeGreaterThanOrEqual(low);
    expect(pooled.covered / pooled.total).toBeLessThanOrEqual(high);
    if (SEEDS < 20) return;
    for (const [path, t] of tallies) {
      const [lowPath, highPath] = binomialBand(t.total, 0.9, LEVEL);
      expect(t.covered / t.total, `${path}: ${t.covered}/${t.total}`).toBeGreaterThanOrEqual(lowPath);
      expect(t.covered / t.total, `${path}: ${t.covered}/${t.total}`).toBeLessThanOrEqual(highPath);
    }
  });
});
