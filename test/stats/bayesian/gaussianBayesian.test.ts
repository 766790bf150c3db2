import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bayesianComparison, gaussianBayesian, type BayesianResult, type GaussianPrior } from '../../../src/stats/bayesian/index.js';
import { statsFromValues, type MetricStats } from '../../../src/stats/index.js';
import type { MetricKind } from '../../../src/stats/types.js';
import { loadFixture } from '../goldenHelpers.js';
import { expectBayesian } from './expectBayesian.js';

interface GaussianCase {
  input: { estimate: number; se: number; prior: GaussianPrior | null; alpha: number };
  expected: BayesianResult;
}
interface ComparisonCase {
  input: { kind: MetricKind; scale: 'absolute' | 'relative'; prior: GaussianPrior | null; alpha: number; control: MetricStats; treatment: MetricStats };
  expected: BayesianResult;
}

const fixture = loadFixture<{ gaussian: GaussianCase[]; comparisons: ComparisonCase[] }>('advanced_bayesian.json');

describe('gaussianBayesian (golden: conjugate posterior, losses by quadrature in scipy)', () => {
  it.each(fixture.gaussian.map((c, i) => [i, c] as const))('case %i', (_, { input, expected }) => {
    const result = gaussianBayesian(input, { alpha: input.alpha, ...(input.prior ? { prior: input.prior } : {}) });
    expectBayesian(result, expected, JSON.stringify(input), 1e-8);
  });
});

describe('bayesianComparison (golden: numpy moments)', () => {
  it.each(fixture.comparisons.map((c, i) => [i, c] as const))('case %i', (_, { input, expected }) => {
    const options = { kind: input.kind, scale: input.scale, alpha: input.alpha, ...(input.prior ? { prior: input.prior } : {}) };
    const result = bayesianComparison(input.control, input.treatment, options);
    expect(result.warnings).toEqual([]);
    expectBayesian(result.result!, expected, `${input.kind} ${input.scale}`, 1e-8);
  });
});

describe('gaussianBayesian properties', () => {
  const effect = fc.record({ estimate: fc.double({ min: -10, max: 10, noNaN: true }), se: fc.double({ min: 1e-3, max: 5, noNaN: true }) });

  it('chance to win is in [0, 1]; the losses are non-negative and differ by the posterior mean', () => {
    fc.assert(
      fc.property(effect, (e) => {
        const r = gaussianBayesian(e);
        expect(r.chanceToWin).toBeGreaterThanOrEqual(0);
        expect(r.chanceToWin).toBeLessThanOrEqual(1);
        expect(r.risk.control).toBeGreaterThanOrEqual(0);
        expect(r.risk.variant).toBeGreaterThanOrEqual(0);
        // E[max(Δ,0)] − E[max(−Δ,0)] = E[Δ].
        expect(r.risk.control - r.risk.variant).toBeCloseTo(r.posteriorMean, 9);
      }),
    );
  });

  it('a prior shrinks the posterior toward its mean and narrows it; swapping arms mirrors everything', () => {
    fc.assert(
      fc.property(effect, (e) => {
        const flat = gaussianBayesian(e);
        const shrunk = gaussianBayesian(e, { prior: { mean: 0, variance: 0.01 } });
        expect(Math.abs(shrunk.posteriorMean)).toBeLessThanOrEqual(Math.abs(flat.posteriorMean) + 1e-15);
        expect(shrunk.posteriorSd).toBeLessThan(flat.posteriorSd);
        const mirrored = gaussianBayesian({ estimate: -e.estimate, se: e.se });
        expect(mirrored.chanceToWin).toBeCloseTo(1 - flat.chanceToWin, 12);
        expect(mirrored.risk.control).toBeCloseTo(flat.risk.variant, 12);
      }),
    );
  });

  it('reports nothing (with warnings) for an empty arm or a relative lift over a non-positive control', () => {
    const empty = bayesianComparison({ n: 0, sum: 0, sumSquares: 0 }, statsFromValues([1, 2, 3]));
    expect(empty.result).toBeNull();
    expect(empty.warnings.map((w) => w.code)).toContain('EMPTY_ARM');
    const negative = bayesianComparison(statsFromValues([-1, -2, -4]), statsFromValues([1, 2, 3]));
    expect(negative.result).toBeNull();
    expect(negative.warnings.map((w) => w.code)).toContain('NON_POSITIVE_CONTROL_MEAN');
    expect(bayesianComparison(statsFromValues([-1, -2, -4]), statsFromValues([1, 2, 3]), { scale: 'absolute' }).result).not.toBeNull();
    expect(() => gaussianBayesian({ estimate: 0, se: 1 }, { prior: { mean: 0, variance: 0 } })).toThrow(/prior/);
  });
});
