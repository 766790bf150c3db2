import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze, metric } from './analyzeHelpers.js';
import { inputErrorOf } from '../support/inputErrorOf.js';

const dir = mkdtempSync(join(tmpdir(), 'livelift-dq-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let count = 0;

function csv(lines: string[]): string {
  const file = join(dir, `d${count++}.csv`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

function problem(run: () => unknown): string {
  return inputErrorOf(run).message;
}

const rows = (variant: string, values: number[]) => values.map((value) => `${variant},${value}`);

describe('data quality rules', () => {
  it('drops rows with an empty variant and rows of variants not named in --weights, and says so', () => {
    const file = csv(['arm,x', ...rows('A', [1, 2, 3]), ...rows('B', [2, 3, 4]), ...rows('', [9]), ...rows('Z', [7, 8])]);
    const result = analyze({ file, variant: 'arm', metric: ['x'], weights: 'A=50,B=50' });
    expect(result.dataQuality).toMatchObject({ rows: 9, droppedRows: 3, rowsWithoutVariant: 1, unknownVariants: [{ name: 'Z', rows: 2 }] });
    expect(result.dataQuality.warnings.map((w) => [w.code, w.count])).toEqual([
      ['ROWS_WITHOUT_VARIANT', 1],
      ['UNKNOWN_VARIANTS', 1],
    ]);
    expect(result.variants.map((v) => [v.name, v.units])).toEqual([['A', 3], ['B', 3]]);
  });

  it('a variant named in --weights without rows is an empty arm: coded warnings, no estimate, SRM flagged', () => {
    const file = csv(['arm,x', ...rows('A', [1, 2, 3, 4]), ...rows('B', [2, 3, 4, 5])]);
    const result = analyze({ file, variant: 'arm', metric: ['x'], weights: 'A=1,B=1,C=1' });
    const c = metric(result, 'x').comparisons.find((comparison) => comparison.variant === 'C')!;
    expect(c.warnings.map((w) => w.code)).toContain('EMPTY_ARM');
    expect(c.absolute.ci).toEqual([null, null]);
    expect(c.verdict).toBe('C vs A on x: cannot be compared (EMPTY_ARM)');
    expect(metric(result, 'x').variants[2]).toEqual({ name: 'C', n: 0, mean: null, variance: null });
    expect(result.srm.flagged).toBe(false); // 8 units cannot show a mismatch at p < 0.001
  });

  it('the default control: "control" (any case), else the first name in sorted order', () => {
    const file = csv(['arm,x', ...rows('treatment', [1, 2, 3]), ...rows('Control', [2, 3, 4])]);
    expect(analyze({ file, variant: 'arm', metric: ['x'] }).control).toBe('Control');
    const other = csv(['arm,x', ...rows('b', [1, 2, 3]), ...rows('a', [2, 3, 4])]);
    expect(analyze({ file: other, variant: 'arm', metric: ['x'] }).control).toBe('a');
  });

  it('positional --weights follow the analysis order (control first, then sorted names)', () => {
    const file = csv(['arm,x', ...rows('B', [1, 2, 3]), ...rows('C', [1, 2]), ...rows('A', [2, 3, 4, 5])]);
    const result = analyze({ file, variant: 'arm', metric: ['x'], control: 'C', weights: '20,40,40' });
    expect(result.variants).toEqual([
      { name: 'C', units: 2, expectedShare: 0.2 },
      { name: 'A', units: 4, expectedShare: 0.4 },
      { name: 'B', units: 3, expectedShare: 0.4 },
    ]);
    expect(problem(() => analyze({ file, variant: 'arm', metric: ['x'], weights: '50,50' }))).toBe('--weights: 2 shares for 3 variants (A, B, C, in that order)');
  });

  it('bad input: one clear message naming file, column and row', () => {
    const single = csv(['arm,x', ...rows('A', [1, 2])]);
    expect(problem(() => analyze({ file: single, variant: 'arm', metric: ['x'] }))).toBe(`${single}: arm: only variant "A" has rows; an experiment needs at least two`);
    const headerOnly = csv(['arm,x']);
    expect(problem(() => analyze({ file: headerOnly, variant: 'arm', metric: ['x'] }))).toBe(`${headerOnly}: the file has a header but no data rows`);
    const text = csv(['arm,x', 'A,1', 'B,oops']);
    expect(problem(() => analyze({ file: text, variant: 'arm', metric: ['x'] }))).toBe(`${text}: x (row 2): "oops" is not a number (expected a number, true/false, yes/no, or an empty cell for a missing value)`);
    const two = csv(['arm,x', 'A,1', 'B,2']);
    expect(problem(() => analyze({ file: two, variant: 'arm', metric: ['x'], control: 'Q' }))).toBe(`${two}: --control: "Q" is not a variant; the data has "A", "B"`);
    const users = csv(['arm,x', ...Array.from({ length: 1001 }, (_, i) => `u${i},1`)]);
    expect(problem(() => analyze({ file: users, variant: 'arm', metric: ['x'] }))).toMatch(/arm \(row 1001\): more than 1000 distinct values: is this really a variant column\?/);
  });

  it('an absolute --cap lowers values above it in mean metrics only', () => {
    const file = csv(['arm,x,y', 'A,1,0', 'A,50,1', 'A,3,0', 'B,2,1', 'B,80,1', 'B,4,0']);
    const result = analyze({ file, variant: 'arm', metric: ['x', 'y'], cap: '0.5' });
    expect(metric(result, 'x').cap).toEqual({ threshold: 0.5, cappedValues: 6 });
    expect(metric(result, 'x').variants[0].mean).toBe(0.5);
    expect(metric(result, 'y').kind).toBe('proportion');
    expect(metric(result, 'y').variants[1].mean).toBeCloseTo(2 / 3, 12);
    expect(result.dataQuality.passes).toBe(2); // y was capped on the first pass, then uncapped
  });
});
