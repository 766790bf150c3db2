import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cuped, type MetricStats } from '../../../src/stats/index.js';
import { ratioRegressionSumsFromValues } from '../../../src/stats/regression/linearisedRatioSums.js';
import { statsFromValues } from '../../../src/stats/sufficientStats.js';

interface Row {
  readonly d: number;
  readonly d0: number;
  readonly pre: number;
  readonly noise: number;
  readonly missing: boolean;
}

/**
 * One ratio arm: per-row rate 10 + effect + slope·pre + noise over d units; pre-period rate pre
 * over d0 units. Sums around `shifts` (K_R, K_d, K_R0, K_d0), the same for both arms as in the CSV pass.
 */
function arm(rows: readonly Row[], effect: number, slope: number, shifts?: readonly number[]): MetricStats {
  const d = rows.map((row) => row.d);
  const x = rows.map((row) => row.d * Math.max(0.5, 10 + effect + slope * row.pre + row.noise));
  const numerator = rows.map((row) => (row.missing ? NaN : row.d0 * (10 + row.pre)));
  const denominator = rows.map((row) => (row.missing ? NaN : row.d0));
  return { ...statsFromValues(x, { denominator: d }), regression: ratioRegressionSumsFromValues(x, d, [{ numerator, denominator }], undefined, shifts) };
}

const row = fc.record({
  d: fc.integer({ min: 1, max: 6 }),
  d0: fc.integer({ min: 1, max: 6 }),
  pre: fc.double({ min: -4, max: 4, noNaN: true }),
  noise: fc.double({ min: -3, max: 3, noNaN: true }),
  missing: fc.boolean(),
});

describe('CUPED on a ratio from regression sums: the decision p and both intervals agree', () => {
  it('p < alpha exactly when the absolute interval excludes 0, and when Fieller’s relative interval excludes 0', () => {
    const seen = { significant: 0, not: 0 };
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 8, maxLength: 40 }),
        fc.array(row, { minLength: 8, maxLength: 40 }),
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.double({ min: 0, max: 2, noNaN: true }),
        fc.constantFrom(0.01, 0.05, 0.1),
        fc.constantFrom('two', 'greater', 'less'),
        (control, treatment, effect, slope, alpha, sides) => {
          const first = control[0];
          const shifts = [Math.max(0.5, 10 + slope * first.pre + first.noise), first.d, 10 + first.pre, first.d0];
          const result = cuped(arm(control, 0, slope, shifts), arm(treatment, effect, slope, shifts), { alpha, sides, relativeCi: 'fieller' }, 'ratio');
          if (!Number.isFinite(result.absolute.se)) return;
          expect(result.reference).toEqual({ kind: 'normal' });
          const excludes = (ci: [number, number]) => ci[0] > 0 || ci[1] < 0;
          const significant = result.absolute.pValue < alpha;
          seen[significant ? 'significant' : 'not']++;
          if (Math.abs(result.absolute.pValue - alpha) < 1e-9) return;
          expect(excludes(result.absolute.ci)).toBe(significant);
          if (result.relative && !result.warnings.some((w) => w.code === 'FIELLER_DISJOINT')) expect(excludes(result.relative.ci)).toBe(significant);
        },
      ),
      { numRuns: 200, seed: 20261202 },
    );
    expect(seen.significant).toBeGreaterThan(10);
    expect(seen.not).toBeGreaterThan(10);
  });
});

describe('CUPED on a ratio: direction and size of the adjustment', () => {
  /** Seeded rows (a linear congruential stream: deterministic, no Math.random). */
  function rows(n: number, seed: number, missingShare: number): Row[] {
    let state = seed >>> 0;
    const uniform = () => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      return (state + 0.5) / 4294967296;
    };
    return Array.from({ length: n }, () => ({ d: 1 + Math.floor(uniform() * 6), d0: 1 + Math.floor(uniform() * 6), pre: (uniform() - 0.5) * 8, noise: (uniform() - 0.5) * 2, missing: uniform() < missingShare }));
  }

  it('a predictive pre-period cuts the variance a lot, an unrelated one hardly; missing values cost part of the gain', () => {
    const reduction = (slope: number, missing: number) => cuped(arm(rows(3000, 1, missing), 0, slope), arm(rows(3000, 2, missing), 0.5, slope), undefined, 'ratio').varianceReduction;
    const strong = reduction(1, 0);
    const unrelated = reduction(0, 0);
    const halfMissing = reduction(1, 0.5);
    expect(strong).toBeGreaterThan(0.6);
    expect(Math.abs(unrelated)).toBeLessThan(0.01);
    expect(halfMissing).toBeGreaterThan(0.2);
    expect(halfMissing).toBeLessThan(strong);
  });

  it('the adjusted estimate stays near the true effect on the ratio', () => {
    const result = cuped(arm(rows(3000, 3, 0.2), 0, 1), arm(rows(3000, 4, 0.2), 0.5, 1), undefined, 'ratio');
    expect(result.absolute.estimate).toBeGreaterThan(0.5 - 4 * result.absolute.se);
    expect(result.absolute.estimate).toBeLessThan(0.5 + 4 * result.absolute.se);
    expect(result.absolute.se).toBeLessThan(0.05);
  });
});
