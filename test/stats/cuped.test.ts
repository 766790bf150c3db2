import { describe, expect, it } from 'vitest';
import { compareMeans, cuped, relativeLiftFieller, cupedMoments, statsFromValues, type MetricKind, type MetricStats, type Sides } from '../../src/stats/index.js';
import { expectClose, expectEstimate, loadFixture, type ExpectedEstimate } from './goldenHelpers.js';

interface CupedCase {
  name: string;
  kind: MetricKind;
  control: MetricStats;
  treatment: MetricStats;
  options: { alpha: number; sides: Sides };
  theta: number;
  varianceReduction: number;
  df: number | null;
  absolute: ExpectedEstimate;
  relative: { delta: ExpectedEstimate | null; fieller: ExpectedEstimate | null; fiellerWarning: string | null };
}

const cases = loadFixture<CupedCase[]>('core_cuped.json');

describe('cuped against regression adjustment on raw values in numpy (pooled theta)', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const delta = cuped(c.control, c.treatment, { ...c.options, relativeCi: 'delta' }, c.kind);
    expectClose(delta.theta, c.theta, `${c.name} theta`);
    expectClose(delta.varianceReduction, c.varianceReduction, `${c.name} variance reduction`);
    expectEstimate(delta.absolute, c.absolute, `${c.name} absolute`);
    expectEstimate(delta.relative!, c.relative.delta!, `${c.name} relative delta`);
    const fieller = cuped(c.control, c.treatment, { ...c.options, relativeCi: 'fieller' }, c.kind);
    expectEstimate(fieller.relative!, c.relative.fieller!, `${c.name} relative fieller`);
    const reference = cupedMoments(c.control, c.treatment, c.kind).reference;
    if (c.df === null) expect(reference.kind).toBe('normal');
    else expectClose(reference.kind === 't' ? reference.df : NaN, c.df, `${c.name} df`);
  });
  it('covers mean, proportion and ratio metrics, with a large variance reduction', () => {
    expect(new Set(cases.map((c) => c.kind))).toEqual(new Set(['mean', 'proportion', 'ratio']));
    expect(Math.max(...cases.map((c) => c.varianceReduction))).toBeGreaterThan(0.8);
  });
});

describe('cuped data conditions', () => {
  const options = { alpha: 0.05, sides: 'two', relativeCi: 'delta' } as const;
  it('a constant covariate gives COVARIATE_ZERO_VARIANCE, theta 0 and the unadjusted Welch estimate', () => {
    const control = statsFromValues([1, 2, 3, 4], { covariate: [5, 5, 5, 5] });
    const treatment = statsFromValues([2, 3, 4, 6], { covariate: [5, 5, 5, 5] });
    const result = cuped(control, treatment, options);
    expect(result.theta).toBe(0);
    expect(result.varianceReduction).toBe(0);
    expect(result.warnings.map((w) => w.code)).toEqual(['COVARIATE_ZERO_VARIANCE']);
    const welch = compareMeans(control, treatment, options).absolute;
    expect(result.absolute.estimate).toBeCloseTo(1.25, 12);
    expect(result.absolute.se).toBeCloseTo(welch.se, 12);
    expect(result.absolute.pValue).toBeCloseTo(welch.pValue, 12);
  });
  it('an empty arm is uninformative; a missing covariate is a programmer error', () => {
    const result = cuped(statsFromValues([], { covariate: [] }), statsFromValues([1, 2], { covariate: [1, 3] }), options);
    expect(result.warnings.map((w) => w.code)).toEqual(['EMPTY_ARM']);
    expect(result.absolute.pValue).toBe(1);
    expect(() => cuped(statsFromValues([1, 2]), statsFromValues([1, 2]), options)).toThrow();
  });
  it('a non-positive control mean keeps the absolute lift and drops the relative one', () => {
    const control = statsFromValues([-1, -2, -3, 0], { covariate: [1, 2, 3, 4] });
    const treatment = statsFromValues([1, 0, 2, 1], { covariate: [2, 1, 3, 3] });
    const result = cuped(control, treatment, options);
    expect(result.relative).toBeNull();
    expect(result.warnings.map((w) => w.code)).toContain('NON_POSITIVE_CONTROL_MEAN');
  });
  it('Fieller keeps the point estimate inside its interval when Var(A − ρB) is ~0 there (fast-check counterexample, seed −735465078)', () => {
    // Sums near the bottom of the double range: the Fieller roots straddled A/B only up to rounding.
    const control: MetricStats = { n: 4, sum: 1.323228428611009e-147, sumSquares: 4.2800389417735995e-294, covariate: { sum: 4.403685080476458e-84, sumSquares: 1.9392442288010945e-167, sumProduct: 0 } };
    const treatment: MetricStats = { n: 2, sum: 0, sumSquares: 0, covariate: { sum: 8.388971645958793e-69, sumSquares: 7.037484527670058e-137, sumProduct: 0 } };
    const relative = cuped(control, treatment, { alpha: 0.3, sides: 'greater', relativeCi: 'fieller' }).relative!;
    expect(relative.ci[0]).toBeLessThanOrEqual(relative.estimate);
    expect(relative.ci[1]).toBe(Infinity);
    expect(relative.pValue).toBeGreaterThanOrEqual(0);
    expect(relative.pValue).toBeLessThanOrEqual(1);
  });
  it('Fieller gives a finite interval, not NaN, when the control mean is the smallest double (fast-check counterexample, seed 20261123)', () => {
    // A = 0 and B = 5e-324: the roots are 0 on the scaled axis, and the scale A/B overflowed to ∞ (0·∞ = NaN).
    const control: MetricStats = { n: 2, sum: 1e-323, sumSquares: 0, covariate: { sum: 0, sumSquares: 0, sumProduct: 0 } };
    const treatment: MetricStats = { n: 2, sum: 8.787584305030821e-208, sumSquares: 0, covariate: { sum: -1.0800180486253615e-101, sumSquares: 1.1664389853565338e-202, sumProduct: -9.490749653250243e-309 } };
    // Both arms constant: now uninformative (ZERO_VARIANCE, issue 11); Fieller's set is checked directly.
    expect(cuped(control, treatment, { alpha: 0.001, sides: 'two', relativeCi: 'fieller' }).relative).toBeNull();
    const ratio = { numerator: 0, numeratorVariance: 0, denominator: 5e-324, denominatorVariance: 0, covariance: 0, offset: 0 };
    const relative = relativeLiftFieller(ratio, { kind: 'normal' }, 0.001, 'two').estimate;
    expect(relative.ci.some(Number.isNaN)).toBe(false);
    expect(relative.ci[0]).toBeLessThanOrEqual(relative.estimate);
    expect(relative.estimate).toBeLessThanOrEqual(relative.ci[1]);
  });
});
