import { describe, expect, it } from 'vitest';
import { regressionAdjustment, unadjustedSandwichVariance } from '../../../src/stats/regression/regressionAdjustment.js';
import { regressionSumsFromValues } from '../../../src/stats/regression/regressionSums.js';
import { expectClose, loadFixture } from '../goldenHelpers.js';

interface RegressionCase {
  name: string;
  clustered: boolean;
  rows: { y: number[]; treatment: number[]; covariates: (number | null)[][]; cluster: number[] };
  expected: { estimate: number; se: number; slopes: number[]; parameters: number; controlMeanVariance: number; covariance: number; controlMean: number; unadjustedSe: number | null };
}

const cases = loadFixture<RegressionCase[]>('regression_adjustment.json');

/** The regression sums of one arm of a fixture case. */
export function armSums(c: RegressionCase, arm: number) {
  const rows = c.rows.treatment.flatMap((t, i) => (t === arm ? [i] : []));
  const y = rows.map((i) => c.rows.y[i]);
  const covariates = c.rows.covariates.map((column) => rows.map((i) => column[i] ?? NaN));
  const shifts = { y: c.rows.y[0], covariates: c.rows.covariates.map((column) => column.find((x) => x !== null) ?? 0) };
  return regressionSumsFromValues(y, covariates, shifts, c.clustered ? rows.map((i) => c.rows.cluster[i]) : undefined);
}

describe('regression adjustment against statsmodels OLS (HC1 / cluster CR1)', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const fit = regressionAdjustment(armSums(c, 0), armSums(c, 1), c.clustered)!;
    expect(fit).not.toBeNull();
    expectClose(fit.estimate, c.expected.estimate, `${c.name} estimate`);
    expectClose(Math.sqrt(fit.variance), c.expected.se, `${c.name} se`);
    c.expected.slopes.forEach((slope, j) => expectClose(fit.slopes[j], slope, `${c.name} slope ${j}`));
    expect(fit.parameters).toBe(c.expected.parameters);
    expectClose(fit.controlMeanVariance, c.expected.controlMeanVariance, `${c.name} control-mean variance`);
    expectClose(fit.covariance, c.expected.covariance, `${c.name} covariance`);
    if (c.expected.unadjustedSe !== null) expectClose(Math.sqrt(unadjustedSandwichVariance(armSums(c, 0), armSums(c, 1), true)), c.expected.unadjustedSe, `${c.name} unadjusted se`);
  });
});
