import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { percentileSorted, replicateBand } from '../../../src/report/adapters/replicateBand.js';

const golden = JSON.parse(readFileSync(new URL('../fixtures/replicateBand.json', import.meta.url), 'utf8')) as {
  cases: { values: number[]; mean: number; p05: number; p95: number; p025: number; p975: number }[];
};

const close = (actual: number, expected: number) => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));

describe('replicateBand', () => {
  it.each(golden.cases.map((entry, index) => [index, entry] as const))('matches numpy percentiles, case %i', (_, entry) => {
    const ninety = replicateBand(entry.values);
    close(ninety.mean, entry.mean);
    close(ninety.lo, entry.p05);
    close(ninety.hi, entry.p95);
    const ninetyFive = replicateBand(entry.values, 0.95);
    close(ninetyFive.lo, entry.p025);
    close(ninetyFive.hi, entry.p975);
  });

  it('gives NaN for no values and the extremes at p = 0 and 1', () => {
    expect(replicateBand([])).toEqual({ mean: NaN, lo: NaN, hi: NaN });
    expect([percentileSorted([1, 2, 9], 0), percentileSorted([1, 2, 9], 1)]).toEqual([1, 9]);
  });
});
