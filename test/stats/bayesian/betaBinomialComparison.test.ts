import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { betaBinomialComparison, probabilityBetaGreater, type BayesianResult } from '../../../src/stats/bayesian/index.js';
import type { MetricStats } from '../../../src/stats/index.js';
import { expectClose, loadFixture } from '../goldenHelpers.js';
import { expectBayesian } from './expectBayesian.js';

interface BetaCase {
  input: { control: MetricStats; treatment: MetricStats; prior: { alpha: number; beta: number }; alpha: number };
  expected: BayesianResult;
  normalApproximation: Pick<BayesianResult, 'chanceToWin' | 'risk'>;
}

const { betaBinomial } = loadFixture<{ betaBinomial: { exact: BetaCase[]; large: BetaCase[] } }>('advanced_bayesian.json');

describe('betaBinomialComparison (golden: scipy quad, checked against 4e6-draw Monte Carlo in the script)', () => {
  it.each(betaBinomial.exact.map((c, i) => [i, c] as const))('exact case %i', (_, { input, expected }) => {
    const result = betaBinomialComparison(input.control, input.treatment, { prior: input.prior, alpha: input.alpha });
    expect(result.method).toBe('exact');
    expectBayesian(result, expected, JSON.stringify(input), 1e-7);
  });

  it.each(betaBinomial.large.map((c, i) => [i, c] as const))('large case %i: exact at any count (issue 11)', (_, { input, expected }) => {
    const result = betaBinomialComparison(input.control, input.treatment, { prior: input.prior, alpha: input.alpha });
    expect(result.method).toBe('exact');
    expectClose(result.chanceToWin, expected.chanceToWin, 'chance to win', 1e-6, 0);
    // The expected losses are differences of two products ≈ 0.35 that cancel to ≈ 0.0017 (×200):
    // log-Beta of arguments near 1e6 carries ≈ 1e-9 relative error, so the losses hold to 5e-6.
    expectClose(result.risk.control, expected.risk.control, 'risk control', 5e-6, 0);
    expectClose(result.risk.variant, expected.risk.variant, 'risk variant', 5e-6, 0);
  });

  it.each(betaBinomial.large.map((c, i) => [i, c] as const))('large case %i: the normal approximation on request (maxExactTerms: 0), close to the exact value', (_, c) => {
    const result = betaBinomialComparison(c.input.control, c.input.treatment, { prior: c.input.prior, maxExactTerms: 0 });
    expect(result.method).toBe('normal');
    expectClose(result.chanceToWin, c.normalApproximation.chanceToWin, 'normal chance to win', 1e-9, 0);
    expectClose(result.risk.control, c.normalApproximation.risk.control, 'normal risk control', 1e-9, 1e-15);
    expectClose(result.risk.variant, c.normalApproximation.risk.variant, 'normal risk variant', 1e-9, 1e-15);
    // Where the switch happens the approximation is within 1e-4 of the exact quadrature.
    expect(Math.abs(result.chanceToWin - c.expected.chanceToWin)).toBeLessThan(1e-4);
    expect(Math.abs(result.risk.control - c.expected.risk.control)).toBeLessThan(1e-4 * c.expected.posteriorSd);
    expectClose(result.posteriorMean, c.expected.posteriorMean, 'posterior mean', 1e-9);
    expectClose(result.posteriorSd, c.expected.posteriorSd, 'posterior sd', 1e-9);
  });
});

describe('probabilityBetaGreater', () => {
  it('agrees between the exact sums and the normal approximation just below the switch', () => {
    const a = { alpha: 1 + 40_000, beta: 1 + 460_000 };
    const b = { alpha: 1 + 40_500, beta: 1 + 459_500 };
    const exact = probabilityBetaGreater(a, b);
    const normal = probabilityBetaGreater(a, b, 0);
    expect(exact.method).toBe('exact');
    expect(normal.method).toBe('normal');
    expect(Math.abs(exact.probability - normal.probability)).toBeLessThan(1e-4);
  });

  it('uses every equivalent form consistently (sums over αB, βA, αA, βB)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 60 }), (aa, ba, ab, bb) => {
        const a = { alpha: aa, beta: ba };
        const b = { alpha: ab, beta: bb };
        const p = probabilityBetaGreater(a, b).probability;
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
        // P(B > A) + P(A > B) = 1 for continuous distributions, whichever sums are used.
        expect(p + probabilityBetaGreater(b, a).probability).toBeCloseTo(1, 11);
        // Flipping both to 1 − X reverses the order.
        const flipped = probabilityBetaGreater({ alpha: ba, beta: aa }, { alpha: bb, beta: ab }).probability;
        expect(flipped).toBeCloseTo(1 - p, 11);
      }),
    );
  });

  it('falls back to the normal approximation when no parameter is an integer', () => {
    expect(probabilityBetaGreater({ alpha: 2.5, beta: 10.5 }, { alpha: 3.5, beta: 9.5 }).method).toBe('normal');
    const equal = probabilityBetaGreater({ alpha: 7, beta: 9 }, { alpha: 7, beta: 9 });
    expect(equal.probability).toBeCloseTo(0.5, 12);
  });

  it('rejects impossible counts and priors', () => {
    expect(() => betaBinomialComparison({ n: 10, sum: 11, sumSquares: 11 }, { n: 10, sum: 1, sumSquares: 1 })).toThrow(RangeError);
    expect(() => betaBinomialComparison({ n: 10, sum: 1, sumSquares: 1 }, { n: 10, sum: 1, sumSquares: 1 }, { prior: { alpha: 0, beta: 1 } })).toThrow(/prior/);
  });
});
