import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSummaryFile } from '../../../src/io/summaryFile/readSummaryFile.js';
import { inputErrorOf } from '../../support/inputErrorOf.js';

const dir = mkdtempSync(join(tmpdir(), 'livelift-summary-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

function problems(file: string): string[] {
  return inputErrorOf(() => readSummaryFile(file)).problems.map((p) => `${p.path ?? ''}${p.row === undefined ? '' : `@${p.row}`}: ${p.message}`);
}

/** The issue's example, completed. */
const ISSUE_EXAMPLE = {
  control: 'A',
  variants: [{ name: 'A', units: 3407 }, { name: 'B', units: 3461 }],
  metrics: [
    {
      name: 'revenue',
      kind: 'mean',
      variants: [
        { name: 'A', n: 3407, sum: 1396.87, sumSquares: 52377.9767, covariate: { sum: 1200, sumSquares: 40000, sumProduct: 45000 } },
        { name: 'B', n: 3461, sum: 1513.2, sumSquares: 56001.5, covariate: { sum: 1230, sumSquares: 41000, sumProduct: 47000 } },
      ],
    },
    { name: 'bought', kind: 'proportion', variants: [{ name: 'A', n: 3407, sum: 310 }, { name: 'B', n: 3461, sum: 352 }] },
  ],
};

describe('readSummaryFile', () => {
  it('reads the JSON form of the issue (a proportion needs no sumSquares)', () => {
    const { summary, format } = readSummaryFile(write('ok.json', JSON.stringify(ISSUE_EXAMPLE)));
    expect(format).toBe('summary-json');
    expect(summary.metrics[1].variants[0]).toEqual({ name: 'A', n: 3407, sum: 310 });
    expect(summary.metrics[0].variants[1].covariate?.sumProduct).toBe(47000);
  });

  it('reads the CSV form into the same object', () => {
    const csv = [
      'metric,kind,variant,units,n,sum,sumSquares,covariateSum,covariateSumSquares,covariateSumProduct',
      'revenue,mean,A,3407,3407,1396.87,52377.9767,1200,40000,45000',
      'revenue,mean,B,3461,3461,1513.2,56001.5,1230,41000,47000',
      'bought,proportion,A,3407,3407,310,,,,',
      'bought,proportion,B,3461,3461,352,,,,',
    ].join('\n');
    const { summary, format } = readSummaryFile(write('ok.csv', csv));
    expect(format).toBe('summary-csv');
    const { control: _control, ...rest } = ISSUE_EXAMPLE;
    expect(summary).toEqual(rest);
  });

  it('JSON problems carry their JSON path', () => {
    const bad = structuredClone(ISSUE_EXAMPLE) as Record<string, unknown> & typeof ISSUE_EXAMPLE;
    (bad.metrics[0].variants[1] as Record<string, unknown>).n = -2;
    delete (bad.metrics[0].variants[0] as Record<string, unknown>).sumSquares;
    (bad.metrics[1].variants[1] as Record<string, unknown>).sum = 4000;
    bad.control = 'Z';
    expect(problems(write('bad.json', JSON.stringify(bad)))).toEqual([
      'metrics[0].variants[1].n: Too small: expected number to be >=0',
      'metrics[0].variants[0].sumSquares: required for a mean metric',
      'metrics[1].variants[1].sum: conversions must be a whole number from 0 to n',
      'control: "Z" is not one of the variants (A, B)',
    ]);
    expect(problems(write('syntax.json', '{"variants": ['))[0]).toMatch(/^: invalid JSON/);
    expect(problems(write('one.json', JSON.stringify({ ...ISSUE_EXAMPLE, variants: [{ name: 'A', units: 1 }] })))[0]).toMatch(/^variants: Too small/);
  });

  it('refuses impossible sums with their path (issue 11): negative variance, n = 0 with sums, overflow, a shifted proportion', () => {
    const bad = structuredClone(ISSUE_EXAMPLE) as Record<string, unknown> & typeof ISSUE_EXAMPLE;
    const arms = bad.metrics[0].variants as Record<string, unknown>[];
    arms[0].sumSquares = 1;
    arms[1] = { name: 'B', n: 0, sum: 1e200, sumSquares: 1e300 };
    (bad.metrics[1].variants[0] as Record<string, unknown>).shift = 1;
    expect(problems(write('impossible.json', JSON.stringify(bad)))).toEqual([
      'metrics[0].variants[0].sumSquares: 1 is below sum²/n = 572.7167: that is a negative variance',
      'metrics[0].variants[1]: n is 0 but the sums are not: an arm without units sums to 0',
      "metrics[1].variants[0].shift: only a mean metric's sums can be shifted",
    ]);
    const overflow = structuredClone(ISSUE_EXAMPLE);
    (overflow.metrics[0].variants[0] as Record<string, unknown>).sum = 1e200;
    expect(problems(write('overflow.json', JSON.stringify(overflow)))).toEqual([
      'metrics[0].variants[0]: (Σ)²/n overflows double precision (sum 1e+200); send sums of x − shift with a "shift" near the values',
    ]);
  });

  it('CSV problems carry their row and column', () => {
    const csv = ['metric,kind,variant,n,sum,sumSquares', 'revenue,mean,A,10,5,', 'revenue,mean,B,x,5,9', 'revenue,means,C,10,5,9'].join('\n');
    expect(problems(write('bad.csv', csv))).toEqual(['n@2: "x" is not a number']);
    const kinds = ['metric,kind,variant,n,sum,sumSquares', 'revenue,mean,A,10,5,', 'revenue,mean,B,10,5,9'].join('\n');
    expect(problems(write('kinds.csv', kinds))).toEqual(['sumSquares@1: required for a mean metric']);
    const units = ['metric,kind,variant,units,n,sum', 'a,proportion,A,10,10,5', 'b,proportion,A,11,10,5'].join('\n');
    expect(problems(write('units.csv', units))).toEqual(['units@2: variant "A" has units 10 on row 1']);
    const mixed = ['metric,kind,variant,n,sum', 'a,proportion,A,10,5', 'a,mean,B,10,5'].join('\n');
    expect(problems(write('mixed.csv', mixed))).toEqual(['kind@2: metric "a" is "proportion" on row 1']);
    expect(problems(write('cols.csv', 'metric,variant,n\n'))).toEqual(['kind: no such column; a summary CSV needs metric, kind, variant, n, sum', 'sum: no such column; a summary CSV needs metric, kind, variant, n, sum']);
  });
});
