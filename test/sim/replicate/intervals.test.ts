import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { meanAndSd, percentileInterval, quantileType7, tInterval } from '../../../src/sim/replicate/index.js';

interface Case {
  values: number[];
  mean: number;
  sd: number;
  percentile: [number, number];
  median: number;
  tInterval: [number, number];
}

const fixtures = JSON.parse(readFileSync(new URL('./fixtures/intervals.json', import.meta.url), 'utf8')) as { cases: Case[] };

/** Relative (or, near zero, absolute) closeness to 1e-9. */
function close(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
}

describe('replicate intervals (golden values from numpy/scipy, make_interval_fixtures.py)', () => {
  test.each(fixtures.cases.map((c, i) => [i, c] as const))('case %i', (_, c) => {
    const { mean, sd } = meanAndSd(c.values);
    close(mean, c.mean);
    close(sd, c.sd);
    const [low, high] = percentileInterval(c.values);
    close(low, c.percentile[0]);
    close(high, c.percentile[1]);
    close(quantileType7(c.values, 0.5), c.median);
    const [tLow, tHigh] = tInterval(c.values);
    close(tLow, c.tInterval[0]);
    close(tHigh, c.tInterval[1]);
  });

  test('an empty sample is a programmer error', () => {
    expect(() => quantileType7([], 0.5)).toThrow(RangeError);
  });
});
