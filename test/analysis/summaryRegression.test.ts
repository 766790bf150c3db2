import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inputErrorOf } from '../support/inputErrorOf.js';
import { analyze, expectClose, metric } from './analyzeHelpers.js';
import { summaryRegressionCases, type SummaryRegressionCase } from './summaryRegressionCases.js';

const dir = mkdtempSync(join(tmpdir(), 'livelift-summary-regression-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

function write(content: string): string {
  const file = join(dir, `f${files++}`);
  writeFileSync(file, content);
  return file;
}

/** The fixture's rows as a CSV: the values are shift + offset (exact in double), empty for a missing covariate. */
function rowsCsv(c: SummaryRegressionCase): string {
  const lines = c.rows.x.map((x, i) => [c.rows.arm[i] === 1 ? 'treatment' : 'control', String(c.shifts.x + x), c.rows.z[i] === null ? '' : String(c.shifts.z + c.rows.z[i]!)].join(','));
  return write(['arm,m,pre', ...lines].join('\n'));
}

describe('summary files with covariateMoments: CUPED is the HC1 regression (issue 11)', () => {
  it.each(summaryRegressionCases.map((c) => [c.name, c] as const))('%s: statsmodels OLS HC1 to 1e-6, and the same as the rows through the CSV pass', (_name, c) => {
    const result = analyze({ summary: write(JSON.stringify(c.summary)) });
    const cuped = metric(result, 'm').comparisons[0].cuped!;
    expectClose(cuped.absolute.estimate, c.expected.estimate, 'estimate', 1e-6);
    expectClose(cuped.absolute.se, c.expected.se, 'se', 1e-6);
    expectClose(cuped.theta, c.expected.slope, 'theta', 1e-6);
    expect(result.dataQuality.warnings.map((w) => w.code)).not.toContain('CUPED_CLASSICAL_VARIANCE');
    const rows = analyze({ file: rowsCsv(c), variant: 'arm', metric: ['m'], covariate: ['m=pre'], control: 'control' });
    const fromRows = metric(rows, 'm').comparisons[0];
    expectClose(cuped.absolute.se, fromRows.cuped!.absolute.se!, 'se: summary vs rows', 1e-8);
    expectClose(metric(result, 'm').comparisons[0].headline.pValue, fromRows.headline.pValue!, 'decision p: summary vs rows', 1e-6);
  });

  it('the CSV form carries the same moments (columns x3 … z4, missingN … missingX3)', () => {
    const c = summaryRegressionCases[0];
    const header = ['metric', 'kind', 'variant', 'n', 'sum', 'sumSquares', 'shift', 'covariateSum', 'covariateSumSquares', 'covariateSumProduct', 'covariateShift', 'x3', 'x4', 'x2z', 'xz2', 'z3', 'x3z', 'x2z2', 'xz3', 'z4', 'missingN', 'missingX', 'missingX2', 'missingX3'];
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const lines = c.summary.metrics[0].variants.map((a: any) => {
      const h = a.covariateMoments;
      return ['m', c.kind, a.name, a.n, a.sum, a.sumSquares, a.shift, a.covariate.sum, a.covariate.sumSquares, a.covariate.sumProduct, a.covariate.shift, h.x3, h.x4, h.x2z, h.xz2, h.z3, h.x3z, h.x2z2, h.xz3, h.z4, h.missing.n, h.missing.x, h.missing.x2, h.missing.x3].join(',');
    });
    const file = join(dir, 'summary.csv');
    writeFileSync(file, [header.join(','), ...lines].join('\n'));
    const cuped = metric(analyze({ summary: file }), 'm').comparisons[0].cuped!;
    expectClose(cuped.absolute.se, c.expected.se, 'se', 1e-6);
  });

  it('without covariateMoments the old form is accepted: classical CUPED variance, with CUPED_CLASSICAL_VARIANCE naming the metric', () => {
    const c = summaryRegressionCases[1];
    const old = structuredClone(c.summary);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    for (const arm of old.metrics[0].variants) delete (arm as any).covariateMoments;
    const result = analyze({ summary: write(JSON.stringify(old)) });
    const warning = result.dataQuality.warnings.find((w) => w.code === 'CUPED_CLASSICAL_VARIANCE');
    expect(warning?.message).toMatch(/classical variance .*\(m\)$/);
    const cuped = metric(result, 'm').comparisons[0].cuped!;
    expectClose(cuped.absolute.estimate, c.expected.estimate, 'estimate (the same pooled slope)', 1e-6);
    // Classical and HC1 standard errors agree to O(1/n) but not to 1e-6.
    expect(Math.abs(cuped.absolute.se! / c.expected.se - 1)).toBeLessThan(0.05);
    expect(Math.abs(cuped.absolute.se! / c.expected.se - 1)).toBeGreaterThan(1e-6);
  });

  it('refuses moments on some arms only, arms around different shifts, and more missing units than units', () => {
    const c = summaryRegressionCases[0];
    const some = structuredClone(c.summary);
    delete some.metrics[0].variants[1].covariateMoments;
    const shifted = structuredClone(c.summary);
    shifted.metrics[0].variants[1].shift = 1e12 + 1;
    const tooMany = structuredClone(c.summary);
    tooMany.metrics[0].variants[0].covariateMoments.missing.n = tooMany.metrics[0].variants[0].n + 1;
    const noCovariate = structuredClone(c.summary);
    delete noCovariate.metrics[0].variants[0].covariate;
    const cases: [unknown, string, RegExp][] = [
      [some, 'metrics[0].variants', /every arm or for none/],
      [shifted, 'metrics[0].variants[1].shift', /same shift/],
      [tooMany, 'metrics[0].variants[0].covariateMoments.missing.n', /but n is/],
      [noCovariate, 'metrics[0].variants[0].covariateMoments', /needs the covariate sums/],
    ];
    for (const [summary, path, message] of cases) {
      const file = write(JSON.stringify(summary));
      const error = inputErrorOf(() => analyze({ summary: file }));
      expect(error.problems.map((p) => p.path)).toContain(path);
      expect(error.problems.find((p) => p.path === path)!.message).toMatch(message);
      expect(error.problems[0].file).toBe(file);
    }
  });
});
