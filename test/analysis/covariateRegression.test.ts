import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../stats/goldenHelpers.js';
import { analyze, expectClose, metric } from './analyzeHelpers.js';

interface RegressionCase {
  name: string;
  clustered: boolean;
  rows: { y: number[]; treatment: number[]; covariates: (number | null)[][]; cluster: number[] };
  expected: { estimate: number; se: number; slopes: number[] };
}

// Rows of test/fixtures/stats/regression_adjustment.json (statsmodels OLS, HC1) written as a CSV
// with empty cells for missing pre-period values, then analysed through the CSV pass.
const all = loadFixture<RegressionCase[]>('regression_adjustment.json');
const cases = all.filter((c) => !c.clustered && c.rows.covariates.length <= 2);
const clustered = all.filter((c) => c.clustered);
const dir = mkdtempSync(join(tmpdir(), 'livelift-covariates-'));

function csvOf(c: RegressionCase): { file: string; covariates: string[] } {
  const covariates = c.rows.covariates.map((_, j) => `pre${j}`);
  const lines = c.rows.y.map((y, i) => [c.rows.treatment[i] === 1 ? 'B' : 'A', `g${c.rows.cluster[i]}`, String(y), ...c.rows.covariates.map((column) => (column[i] === null ? '' : String(column[i])))].join(','));
  const file = join(dir, `${c.name.replace(/[^a-z0-9]+/gi, '_')}.csv`);
  writeFileSync(file, [['group', 'store', 'y', ...covariates].join(','), ...lines].join('\n'));
  return { file, covariates };
}

describe('--covariate through the CSV pass: missing pre-period values and several covariates', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s: every row stays; CUPED is statsmodels OLS with HC1', (_name, c) => {
    const { file, covariates } = csvOf(c);
    const result = analyze({ file, variant: 'group', metric: ['y'], covariate: [`y=${covariates.join(',')}`], control: 'A' });
    const y = metric(result, 'y');
    expect(y.variants.map((arm) => arm.n)).toEqual([0, 1].map((t) => c.rows.treatment.filter((x) => x === t).length));
    const cuped = y.comparisons[0].cuped!;
    expectClose(cuped.absolute.estimate, c.expected.estimate, 'estimate', 1e-6);
    expectClose(cuped.absolute.se, c.expected.se, 'se', 1e-6);
    expectClose(cuped.theta, c.expected.slopes[0], 'theta', 1e-6);
    expect(y.comparisons[0].decision).toBe('cuped');
  });

  it('repeating --covariate for a metric is the same as listing the columns', () => {
    const c = cases.find((x) => x.rows.covariates.length === 2)!;
    const { file } = csvOf(c);
    const listed = analyze({ file, variant: 'group', metric: ['y'], covariate: ['y=pre0,pre1'], control: 'A' });
    const repeated = analyze({ file, variant: 'group', metric: ['y'], covariate: ['y=pre0', 'y=pre1'], control: 'A' });
    expect(metric(repeated, 'y').comparisons).toEqual(metric(listed, 'y').comparisons);
    expect(() => analyze({ file, variant: 'group', metric: ['y'], covariate: ['y=pre0,pre0'], control: 'A' })).toThrow(/names a covariate column twice/);
  });

  it.each(clustered.map((c) => [c.name, c] as const))('--cluster, %s: CUPED is statsmodels OLS with the cluster-robust (CR1) covariance', (_name, c) => {
    const { file, covariates } = csvOf(c);
    const result = analyze({ file, variant: 'group', cluster: 'store', metric: ['y'], covariate: [`y=${covariates.join(',')}`], control: 'A' });
    const comparison = metric(result, 'y').comparisons[0];
    expect(comparison.decision).toBe('cuped');
    expectClose(comparison.cuped!.absolute.estimate, c.expected.estimate, 'estimate', 1e-6);
    expectClose(comparison.cuped!.absolute.se, c.expected.se, 'se', 1e-6);
    expect(comparison.headline.pValue).toBe(comparison.cuped!.absolute.pValue);
    // Measured against the CR1 variance of the unadjusted difference (not the row-level one).
    expect(comparison.cuped!.varianceReduction).toBeGreaterThan(0);
    expect(comparison.cuped!.varianceReduction).toBeLessThan(1);
    expect(comparison.headline.absolute.estimate).toBe(comparison.cuped!.absolute.estimate);
  });
});
