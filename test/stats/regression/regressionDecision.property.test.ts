import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cuped, type MetricStats } from '../../../src/stats/index.js';
import { regressionSumsFromValues } from '../../../src/stats/regression/regressionSums.js';
import { statsFromValues } from '../../../src/stats/sufficientStats.js';

/** One arm's statistics with regression sums: y = 5 + effect + slope·w + noise, w missing at random. */
function arm(values: { noise: number; w: number; missing: boolean }[], effect: number, slope: number): MetricStats {
  const y = values.map((row) => 5 + effect + slope * row.w + row.noise);
  const w = values.map((row) => (row.missing ? NaN : row.w));
  return { ...statsFromValues(y), regression: regressionSumsFromValues(y, [w], { y: 5, covariates: [0] }) };
}

const row = fc.record({ noise: fc.double({ min: -3, max: 3, noNaN: true }), w: fc.double({ min: -4, max: 4, noNaN: true }), missing: fc.boolean() });

describe('CUPED from regression sums: the decision p and both intervals agree', () => {
  it('p < alpha exactly when the absolute interval excludes 0, and when Fieller’s relative interval excludes 0', () => {
    const seen = { significant: 0, not: 0, withMissing: 0 };
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 8, maxLength: 40 }),
        fc.array(row, { minLength: 8, maxLength: 40 }),
        fc.double({ min: -1.5, max: 1.5, noNaN: true }),
        fc.double({ min: 0, max: 2, noNaN: true }),
        fc.constantFrom(0.01, 0.05, 0.1),
        fc.constantFrom('two', 'greater', 'less'),
        (control, treatment, effect, slope, alpha, sides) => {
          const result = cuped(arm(control, 0, slope), arm(treatment, effect, slope), { alpha, sides, relativeCi: 'fieller' }, 'mean');
          if (!Number.isFinite(result.absolute.se)) return;
          const excludes = (ci: [number, number]) => ci[0] > 0 || ci[1] < 0;
          const significant = result.absolute.pValue < alpha;
          seen[significant ? 'significant' : 'not']++;
          if (control.some((r) => r.missing) && result.varianceReduction > 0) seen.withMissing++;
          // Away from the boundary (floating point at p = alpha exactly).
          if (Math.abs(result.absolute.pValue - alpha) < 1e-9) return;
          expect(excludes(result.absolute.ci)).toBe(significant);
          // Fieller's set as two disjoint rays is shown as (−∞, ∞) and labelled (FIELLER_DISJOINT).
          if (result.relative && !result.warnings.some((w) => w.code === 'FIELLER_DISJOINT')) expect(excludes(result.relative.ci)).toBe(significant);
          expect(result.relative).not.toBeNull();
        },
      ),
      { seed: 20261202, numRuns: 300 },
    );
    // Both outcomes occur, with missing covariates and a real adjustment.
    expect(Math.min(seen.significant, seen.not, seen.withMissing)).toBeGreaterThan(10);
  });
});
