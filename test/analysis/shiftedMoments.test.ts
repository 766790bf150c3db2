import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addStats, compareMeans, statsFromValues, unshifted } from '../../src/stats/index.js';
import { inputErrorOf } from '../support/inputErrorOf.js';
import { analyze, expectClose } from './analyzeHelpers.js';

const dir = mkdtempSync(join(tmpdir(), 'livelift-shift-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Integer offsets in [−100, 100] from a seeded linear congruential generator (no Math.random). */
function offsets(n: number, seed: number): number[] {
  let state = seed;
  return Array.from({ length: n }, () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return (state % 201) - 100;
  });
}

/** The two-pass (mean, then squared deviations) standard error of a difference of means, exact on integer offsets. */
function twoPassSe(a: number[], b: number[]): number {
  const variance = (xs: number[]) => {
    const mean = xs.reduce((sum, x) => sum + x, 0) / xs.length;
    return xs.reduce((sum, x) => sum + (x - mean) ** 2, 0) / (xs.length - 1);
  };
  return Math.sqrt(variance(a) / a.length + variance(b) / b.length);
}

describe('moments that cannot cancel (issue 11, part 3)', () => {
  const [control, treatment] = [offsets(1000, 7), offsets(1100, 11)];

  it('1e12 ± 100 in a CSV gives the two-pass standard error to 1e-6', () => {
    const rows = ['arm,stamp', ...control.map((k) => `A,${1e12 + k}`), ...treatment.map((k) => `B,${1e12 + k + 3}`)];
    const file = join(dir, 'stamps.csv');
    writeFileSync(file, rows.join('\n'));
    const result = analyze({ file, variant: 'arm', metric: ['stamp'] });
    const comparison = result.metrics[0].comparisons[0];
    expectClose(comparison.absolute.se, twoPassSe(control, treatment.map((k) => k + 3)), 'se', 1e-6);
    const meanOf = (xs: number[]) => xs.reduce((sum, x) => sum + x, 0) / xs.length;
    expectClose(comparison.absolute.estimate, meanOf(treatment) + 3 - meanOf(control), 'estimate', 1e-6);
    expect(comparison.warnings.map((entry) => entry.code)).not.toContain('ZERO_VARIANCE');
  });

  it('huge values never crash: 1e160 ± 1e147 is analyzed, 1e300 (equal to the last bit) is uninformative, a spread whose squares overflow is an input error naming the column', () => {
    const near = join(dir, 'huge.csv');
    writeFileSync(near, ['arm,v', ...control.map((k) => `A,${1e160 + k * 1e145}`), ...treatment.map((k) => `B,${1e160 + k * 1e145}`)].join('\n'));
    const spread = analyze({ file: near, variant: 'arm', metric: ['v'] }).metrics[0].comparisons[0];
    // The two-pass reference on the doubles actually written (1e160 + k·1e145 rounds to ulps of
    // 1.9e144), as exact differences from 1e160 (Sterbenz): a mean of 1e160s in double would
    // itself be off by more than the spread.
    const written = (k: number) => 1e160 + k * 1e145 - 1e160;
    expectClose(spread.absolute.se, twoPassSe(control.map(written), treatment.map(written)), 'se at 1e160', 1e-6);
    const flat = join(dir, 'flat.csv');
    writeFileSync(flat, ['arm,v', 'A,1e300', 'A,1e300', 'B,1e300', 'B,1e300'].join('\n'));
    const constant = analyze({ file: flat, variant: 'arm', metric: ['v'] }).metrics[0].comparisons[0];
    expect(constant.warnings.map((entry) => entry.code)).toEqual(['ZERO_VARIANCE']);
    expect(constant.absolute.se).toBeNull();
    const wide = join(dir, 'wide.csv');
    writeFileSync(wide, ['arm,v', 'A,1e300', 'A,-1e300', 'A,3', 'B,1', 'B,2'].join('\n'));
    const error = inputErrorOf(() => analyze({ file: wide, variant: 'arm', metric: ['v'] }));
    expect(error.problems[0]).toMatchObject({ file: wide, path: 'v' });
    expect(error.problems[0].message).toMatch(/overflow/);
  });

  it('a summary file may send shifted sums ("shift"), with the same result as the rows', () => {
    const shifted = (ks: number[]) => ({ n: ks.length, sum: ks.reduce((s, k) => s + k, 0), sumSquares: ks.reduce((s, k) => s + k * k, 0), shift: 1e12 });
    const summary = { variants: [{ name: 'A', units: 1000 }, { name: 'B', units: 1100 }], metrics: [{ name: 'stamp', kind: 'mean', variants: [{ name: 'A', ...shifted(control) }, { name: 'B', ...shifted(treatment) }] }] };
    const file = join(dir, 'summary.json');
    writeFileSync(file, JSON.stringify(summary));
    const comparison = analyze({ summary: file }).metrics[0].comparisons[0];
    expectClose(comparison.absolute.se, twoPassSe(control, treatment), 'se', 1e-6);
  });

  it('addStats moves statistics with another shift onto the first one; unshifted gives raw sums back', () => {
    const a = { ...statsFromValues(control), shift: 0 };
    const b = { n: treatment.length, sum: treatment.reduce((s, k) => s + k - 5, 0), sumSquares: treatment.reduce((s, k) => s + (k - 5) ** 2, 0), shift: 5 };
    const both = addStats(a, b);
    const raw = statsFromValues([...control, ...treatment]);
    expect(unshifted(both)).toEqual({ n: raw.n, sum: raw.sum, sumSquares: raw.sumSquares });
    expectClose(compareMeans(a, b).absolute.se, twoPassSe(control, treatment), 'se', 1e-12);
  });
});
