import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../stats/goldenHelpers.js';
import type { RatioRegressionCase } from '../stats/regression/linearisedRatioSums.test.js';
import { analyze, expectClose, metric } from './analyzeHelpers.js';

// Rows of test/fixtures/stats/ratio_regression.json (make_ratio_regression_fixtures.py, statsmodels
// OLS on the linearised ratio) written as a CSV with empty pre-period cells, analysed end to end.
const cases = loadFixture<RatioRegressionCase[]>('ratio_regression.json');
const dir = mkdtempSync(join(tmpdir(), 'livelift-ratio-covariates-'));

function csvOf(c: RatioRegressionCase): { file: string; pairs: string[] } {
  const pairs = c.rows.covariates.map((_, j) => `pre_x${j}/pre_d${j}`);
  const cell = (value: number | null) => (value === null ? '' : String(value));
  const lines = c.rows.x.map((x, i) => [c.rows.treatment[i] === 1 ? 'B' : 'A', `g${c.rows.cluster[i]}`, String(x), String(c.rows.d[i]), ...c.rows.covariates.flatMap((pre) => [cell(pre.numerator[i]), cell(pre.denominator[i])])].join(','));
  const header = ['group', 'store', 'x', 'd', ...c.rows.covariates.flatMap((_, j) => [`pre_x${j}`, `pre_d${j}`])];
  const file = join(dir, `${c.name.replace(/[^a-z0-9]+/gi, '_')}.csv`);
  writeFileSync(file, [header.join(','), ...lines].join('\n'));
  return { file, pairs };
}

describe('--covariate on a ratio metric through the CSV pass', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s: every row stays; CUPED is statsmodels OLS on the linearised ratio', (_name, c) => {
    const { file, pairs } = csvOf(c);
    const result = analyze({ file, variant: 'group', ratio: ['r=x/d'], covariate: [`r=${pairs.join(',')}`], control: 'A', ...(c.clustered ? { cluster: 'store' } : {}) });
    const r = metric(result, 'r');
    expect(r.variants.map((arm) => arm.n)).toEqual([0, 1].map((t) => c.rows.treatment.filter((x) => x === t).length));
    const comparison = r.comparisons[0];
    expect(comparison.decision).toBe('cuped');
    const cuped = comparison.cuped!;
    expectClose(cuped.absolute.estimate, c.expected.estimate, 'estimate', 1e-6);
    expectClose(cuped.absolute.se, c.expected.se, 'se', 1e-6);
    expectClose(cuped.theta, c.expected.slopes[0], 'theta', 1e-6);
    expect(comparison.headline.pValue).toBe(cuped.absolute.pValue);
    expect(cuped.varianceReduction).toBeGreaterThan(0);
  });

  it('repeating --covariate for a ratio is the same as listing the pairs; a pair named twice or a lone column is refused', () => {
    const c = cases.find((x) => x.rows.covariates.length === 2)!;
    const { file } = csvOf(c);
    const base = { file, variant: 'group', ratio: ['r=x/d'], control: 'A' };
    const listed = analyze({ ...base, covariate: ['r=pre_x0/pre_d0,pre_x1/pre_d1'] });
    const repeated = analyze({ ...base, covariate: ['r=pre_x0/pre_d0', 'r=pre_x1/pre_d1'] });
    expect(metric(repeated, 'r').comparisons).toEqual(metric(listed, 'r').comparisons);
    expect(() => analyze({ ...base, covariate: ['r=pre_x0/pre_d0,pre_x0/pre_d0'] })).toThrow(/names a covariate column twice/);
    expect(() => analyze({ ...base, covariate: ['r=pre_x0/pre_d0,pre_x1'] })).toThrow(/NUMCOL\/DENCOL pair/);
  });

  it('a pre-period pair that is always missing adjusts nothing: Δ = R_t − R_c, COVARIATE_ZERO_VARIANCE', () => {
    const c = cases[0];
    const { file } = csvOf({ ...c, rows: { ...c.rows, covariates: [{ numerator: c.rows.x.map(() => null), denominator: c.rows.d.map(() => null) }] } });
    const r = metric(analyze({ file, variant: 'group', ratio: ['r=x/d'], covariate: ['r=pre_x0/pre_d0'], control: 'A' }), 'r');
    const cuped = r.comparisons[0].cuped!;
    expectClose(cuped.absolute.estimate, c.expected.ratios[1] - c.expected.ratios[0], 'estimate', 1e-9);
    expect(r.comparisons[0].warnings.map((w) => w.code)).toContain('COVARIATE_ZERO_VARIANCE');
    expect(Math.abs(cuped.varianceReduction)).toBeLessThan(0.01);
  });

  it('a ratio without a covariate is untouched by the regression sums (no CUPED, the delta method decides)', () => {
    const { file } = csvOf(cases[1]);
    const plain = metric(analyze({ file, variant: 'group', ratio: ['r=x/d'], control: 'A' }), 'r');
    expect(plain.comparisons[0].cuped).toBeUndefined();
    expect(plain.comparisons[0].decision).toBe('fixed');
  });
});
