import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { replicateSummary } from '../../../src/experiments/season/replicateSummary.js';
import { seasonSummary } from '../../../src/experiments/season/seasonSummary.js';
import type { SessionOutcome } from '../../../src/experiments/season/SessionOutcome.js';

interface Case {
  name: string;
  values: number[];
  mean: number;
  ci: [number, number];
  spread: [number, number];
}

const cases = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'replicate_summary.json'), 'utf8')) as Case[];

const close = (actual: number, expected: number, label: string) =>
  expect(Math.abs(actual - expected), `${label}: ${actual} vs ${expected}`).toBeLessThanOrEqual(1e-9 + 1e-9 * Math.abs(expected));

describe('replicateSummary against scipy t.interval and numpy quantile', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const summary = replicateSummary(c.values);
    close(summary.mean, c.mean, 'mean');
    close(summary.ci[0], c.ci[0], 'ci low');
    close(summary.ci[1], c.ci[1], 'ci high');
    close(summary.spread[0], c.spread[0], '2.5%');
    close(summary.spread[1], c.spread[1], '97.5%');
  });

  it('refuses no replicates', () => expect(() => replicateSummary([])).toThrow(RangeError));
});

describe('seasonSummary', () => {
  const outcome = (session: number, returningViewers: number, newFollowers: number): SessionOutcome => ({
    session,
    arm: 0,
    revenue: 100 * (session + 1),
    orders: 1,
    viewers: 50,
    returningViewers,
    buyers: 1,
    returningBuyers: 0,
    returningRevenue: 0,
    newFollowers,
    expectedReturning: newFollowers * 0.3,
  });

  it('summarises each session and the season, and pools the realised return rate', () => {
    const seasons = [
      [outcome(0, 0, 10), outcome(1, 3, 12), outcome(2, 4, 9)],
      [outcome(0, 0, 8), outcome(1, 2, 10), outcome(2, 5, 11)],
    ];
    const summary = seasonSummary(seasons);
    expect(summary.bySession.map((s) => s.revenue.mean)).toEqual([100, 200, 300]);
    expect(summary.bySession[1].newViewers.mean).toBe(47.5);
    expect(summary.totals.revenue.mean).toBe(600);
    // (3 + 4 + 2 + 5) returning over (10 + 12 + 8 + 10) followers of the sessions before.
    expect(summary.returnRate).toBeCloseTo(14 / 40, 15);
  });
});
