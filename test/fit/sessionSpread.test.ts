import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { nextSessionInterval, sessionSpread } from '../../src/fit/sessionSpread.js';
import { chiSquareQuantile } from '../../src/stats/distributions/index.js';

/** Golden values from test/fit/fixtures/make_session_spread_fixture.py (numpy + scipy). */
const golden = JSON.parse(readFileSync(new URL('./fixtures/session-spread.golden.json', import.meta.url), 'utf8')) as {
  spread: { values: number[]; variances: number[]; counts: number[]; prior: number; moment: number; pooled: number; df: number; interval: [number, number]; se: number; next: [number, number] }[];
  chiSquareQuantile: { p: number; df: number; x: number }[];
};

const close = (actual: number, expected: number) => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));

describe('session spread (random-effects moments pooled with the plan) against scipy', () => {
  test.each(golden.spread.map((c, i) => [i, c] as const))('case %i', (_, c) => {
    const spread = sessionSpread(c.values, c.variances, c.prior);
    close(spread.moment, c.moment);
    close(spread.pooled, c.pooled);
    expect(spread.df).toBe(c.df);
    close(spread.interval[0], c.interval[0]);
    close(spread.interval[1], c.interval[1]);
    close(spread.se, c.se);
    const next = nextSessionInterval(c.counts)!;
    close(next[0], c.next[0]);
    close(next[1], c.next[1]);
  });

  test('a spread below the sampling noise is 0 by moments and the plan\'s value after pooling', () => {
    const spread = sessionSpread([Math.log(50), Math.log(52), Math.log(49), Math.log(51)], [1 / 50, 1 / 52, 1 / 49, 1 / 51], 0.2);
    expect(spread.moment).toBe(0);
    expect(spread.pooled).toBeCloseTo(0.2 * Math.sqrt(2 / 5), 12);
  });

  test('more spread in the sessions gives a larger estimate; fewer than two sessions are refused', () => {
    const narrow = sessionSpread([6.0, 6.1, 6.2], [0.001, 0.001, 0.001], 0.25).pooled;
    const wide = sessionSpread([5.6, 6.1, 6.6], [0.001, 0.001, 0.001], 0.25).pooled;
    expect(wide).toBeGreaterThan(narrow);
    expect(() => sessionSpread([6], [0.001], 0.25)).toThrow(RangeError);
    expect(nextSessionInterval([500])).toBeNull();
    expect(nextSessionInterval([500, 0])).toBeNull();
  });
});

describe('chiSquareQuantile against scipy.stats.chi2.ppf', () => {
  test('to 1e-9 relative', () => {
    for (const { p, df, x } of golden.chiSquareQuantile) expect(Math.abs(chiSquareQuantile(p, df) - x) / x, `p ${p}, df ${df}`).toBeLessThan(1e-9);
  });
});
