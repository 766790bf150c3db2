import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCluster,
  addClusterArms,
  clusterArmStats,
  clusterComparison,
  clusterRobustMean,
  EMPTY_CLUSTER_ARM,
  type ClusterTotals,
} from '../../../src/stats/cluster/index.js';
import { compareRatios } from '../../../src/stats/index.js';
import { expectEstimate, expectClose, loadFixture, type ExpectedEstimate } from '../goldenHelpers.js';

interface ClusterCase {
  /** smallSample / reference are absent when the case uses the defaults (CR1, t). */
  input: { control: ClusterTotals[]; treatment: ClusterTotals[]; alpha: number; smallSample?: boolean; reference?: 'normal' | 't' };
  expected: {
    absolute: ExpectedEstimate;
    relative: ExpectedEstimate;
    naive: ExpectedEstimate;
    designEffect: number;
    controlMean: number;
    treatmentMean: number;
    df: number | null;
  };
}

const { cases } = loadFixture<{ cases: ClusterCase[] }>('advanced_cluster.json');

describe('clusterComparison (golden: explicit numpy CR1/CR0 sandwich on the row-level regression, scipy t/normal)', () => {
  it.each(cases.map((c, i) => [i, c] as const))('case %i', (_, { input, expected }) => {
    const result = clusterComparison(clusterArmStats(input.control), clusterArmStats(input.treatment), input);
    expectEstimate(result.absolute, expected.absolute, 'absolute');
    expectEstimate(result.relative!, expected.relative, 'relative');
    expectEstimate(result.naive, expected.naive, 'naive');
    expectClose(result.designEffect!, expected.designEffect, 'design effect');
    expect(result.clusters).toEqual({ control: input.control.length, treatment: input.treatment.length });
    expect(result.reference).toEqual(expected.df === null ? { kind: 'normal' } : { kind: 't', df: expected.df });
    const codes = result.warnings.map((w) => w.code);
    expect(codes.includes('NAIVE_ANALYSIS_OVERSTATES_SIGNIFICANCE')).toBe(expected.designEffect > 1.1);
    expect(codes.includes('FEW_CLUSTERS')).toBe(Math.min(input.control.length, input.treatment.length) < 30);
  });
});

describe('cluster statistics', () => {
  const cluster = fc
    .record({ n: fc.integer({ min: 1, max: 30 }), mean: fc.double({ min: -5, max: 5, noNaN: true }), spread: fc.double({ min: 0, max: 3, noNaN: true }) })
    .map(({ n, mean, spread }): ClusterTotals => ({ n, sum: n * mean, sumSquares: n * (mean * mean + spread * spread) }));
  const arm = fc.array(cluster, { minLength: 2, maxLength: 25 });

  it('statistics of a concatenation equal the sum of the parts', () => {
    fc.assert(
      fc.property(arm, arm, (a, b) => {
        const whole = clusterArmStats([...a, ...b]);
        const parts = addClusterArms(clusterArmStats(a), clusterArmStats(b));
        expect(parts.rows.n).toBe(whole.rows.n);
        expect(parts.clusters.n).toBe(whole.clusters.n);
        expect(parts.clusters.sum).toBeCloseTo(whole.clusters.sum, 6);
        expect(parts.clusters.denominator!.sumProduct).toBeCloseTo(whole.clusters.denominator!.sumProduct, 4);
      }),
    );
  });

  it('the default (CR1) variance equals the delta-method ratio on cluster totals (compareRatios)', () => {
    fc.assert(
      fc.property(arm, arm, (a, b) => {
        const control = clusterArmStats(a);
        const treatment = clusterArmStats(b);
        const ratio = compareRatios(control.clusters, treatment.clusters);
        const cluster = clusterComparison(control, treatment);
        expect(cluster.absolute.estimate).toBeCloseTo(ratio.absolute.estimate, 9);
        expect(cluster.absolute.se).toBeCloseTo(ratio.absolute.se, 9);
        expect(cluster.reference).toEqual({ kind: 't', df: a.length + b.length - 2 });
      }),
    );
  });

  it('swapping arms keeps the p-value and flips the lift; p in [0, 1]', () => {
    fc.assert(
      fc.property(arm, arm, (a, b) => {
        const forward = clusterComparison(clusterArmStats(a), clusterArmStats(b));
        const backward = clusterComparison(clusterArmStats(b), clusterArmStats(a));
        expect(backward.absolute.estimate).toBeCloseTo(-forward.absolute.estimate, 9);
        expect(backward.absolute.pValue).toBeCloseTo(forward.absolute.pValue, 9);
        expect(forward.absolute.pValue).toBeGreaterThanOrEqual(0);
        expect(forward.absolute.pValue).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('one row per cluster: the design effect is 1 with CR1 and (N − 1)/N with CR0, no warning', () => {
    const rows = (values: number[]): ClusterTotals[] => values.map((x) => ({ n: 1, sum: x, sumSquares: x * x }));
    const a = [3, 5, 2, 8, 1, 9, 4, 4, 6, 7, 2, 3, 5, 8, 1, 0, 2, 3, 4, 6, 9, 1, 3, 5, 7, 2, 4, 6, 8, 0];
    const b = a.map((x, i) => x + (i % 3));
    const result = clusterComparison(clusterArmStats(rows(a)), clusterArmStats(rows(b)));
    // CR1 uses 1/(N − 1) moments like the naive analysis; CR0 uses 1/N.
    expect(result.designEffect).toBeCloseTo(1, 12);
    expect(result.warnings).toEqual([]);
    const cr0 = clusterComparison(clusterArmStats(rows(a)), clusterArmStats(rows(b)), { smallSample: false });
    expect(cr0.designEffect).toBeCloseTo((a.length - 1) / a.length, 12);
  });

  it('warns instead of failing with fewer than two clusters, or a non-positive control mean', () => {
    const one = addCluster(EMPTY_CLUSTER_ARM, { n: 10, sum: 10, sumSquares: 20 });
    const many = clusterArmStats([{ n: 3, sum: 3, sumSquares: 5 }, { n: 4, sum: 6, sumSquares: 10 }]);
    const result = clusterComparison(one, many);
    expect(result.warnings.map((w) => w.code)).toContain('TOO_FEW_CLUSTERS');
    expect(result.absolute.pValue).toBe(1);
    expect(result.designEffect).toBeNull();
    const negative = clusterComparison(clusterArmStats([{ n: 2, sum: -2, sumSquares: 3 }, { n: 3, sum: -1, sumSquares: 2 }]), many);
    expect(negative.relative).toBeNull();
    expect(negative.warnings.map((w) => w.code)).toContain('NON_POSITIVE_CONTROL_MEAN');
    expect(() => clusterRobustMean({ n: 1, sum: 1, sumSquares: 1 })).toThrow(/denominator/);
  });
});
