import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  alwaysValidPValue,
  confidenceSequence,
  sequentialHalfWidthFactor,
  sequentialRho,
} from '../../../src/stats/sequential/index.js';
import type { Sides } from '../../../src/stats/types.js';
import { expectClose, loadFixture, type Nullable } from '../goldenHelpers.js';

interface CsCase {
  input: { estimate: number; se: number; totalN: number; alpha: number; tuning: number; sides: Sides };
  expected: { rho: number; halfWidth: number; ci: [Nullable, Nullable]; pValue: number };
}

const fixture = loadFixture<{ confidenceSequence: CsCase[] }>('advanced_sequential.json');

describe('confidenceSequence (golden, Howard et al. boundaries computed in scipy)', () => {
  it.each(fixture.confidenceSequence.map((c, i) => [i, c] as const))('case %i', (_, { input, expected }) => {
    const label = JSON.stringify(input);
    const result = confidenceSequence({ estimate: input.estimate, se: input.se }, input.totalN, input);
    expectClose(result.rho, expected.rho, `${label} rho`, 1e-12);
    expectClose(result.halfWidth, expected.halfWidth, `${label} halfWidth`, 1e-9);
    expectClose(result.ci[0], expected.ci[0], `${label} ci low`, 1e-9, 1e-12);
    expectClose(result.ci[1], expected.ci[1], `${label} ci high`, 1e-9, 1e-12);
    // The fixture finds p by root-finding the boundary in alpha; ours is the closed form.
    expectClose(result.pValue, expected.pValue, `${label} pValue`, 1e-7, 0);
  });
});

describe('confidenceSequence properties', () => {
  const effect = fc.record({
    estimate: fc.double({ min: -5, max: 5, noNaN: true }),
    se: fc.double({ min: 1e-4, max: 3, noNaN: true }),
  });
  const sides = fc.constantFrom<Sides>('two', 'greater', 'less');

  it('p ≤ alpha exactly when the interval excludes 0 (p is the smallest such alpha)', () => {
    fc.assert(
      fc.property(effect, fc.integer({ min: 10, max: 1_000_000 }), sides, fc.constantFrom(0.01, 0.05, 0.2), (e, n, s, alpha) => {
        const r = confidenceSequence(e, n, { alpha, sides: s });
        const excludes = r.ci[0] > 0 || r.ci[1] < 0;
        // Away from the boundary itself (rounding there can go either way).
        if (Math.abs(r.pValue - alpha) > 1e-9) expect(excludes).toBe(r.pValue < alpha);
        expect(r.pValue).toBeGreaterThanOrEqual(0);
        expect(r.pValue).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('is wider than the fixed-horizon interval at every N, and the two-sided p is symmetric in the sign', () => {
    fc.assert(
      fc.property(effect, fc.integer({ min: 2, max: 10_000_000 }), (e, n) => {
        const rho = sequentialRho(0.05, 5000);
        expect(sequentialHalfWidthFactor(n, rho, 0.05)).toBeGreaterThan(1.959963984540054);
        const flipped = { estimate: -e.estimate, se: e.se };
        expect(alwaysValidPValue(flipped, n, rho)).toBeCloseTo(alwaysValidPValue(e, n, rho), 14);
      }),
    );
  });

  it('is tightest relative to the fixed interval near the tuning size', () => {
    const ratio = (n: number, tuning: number): number =>
      sequentialHalfWidthFactor(n, sequentialRho(0.05, tuning), 0.05) / 1.959963984540054;
    // At n = n*, tuning at n* beats tuning far away from it.
    expect(ratio(5000, 5000)).toBeLessThan(ratio(5000, 500));
    expect(ratio(5000, 5000)).toBeLessThan(ratio(5000, 50_000));
  });

  it('handles a zero standard error and rejects bad parameters', () => {
    expect(confidenceSequence({ estimate: 0, se: 0 }, 100).pValue).toBe(1);
    expect(confidenceSequence({ estimate: 0.1, se: 0 }, 100).pValue).toBe(0);
    expect(confidenceSequence({ estimate: 0.1, se: 0 }, 100, { sides: 'less' }).pValue).toBe(1);
    expect(() => confidenceSequence({ estimate: 0, se: 1 }, 0)).toThrow(RangeError);
    expect(() => confidenceSequence({ estimate: 0, se: 1 }, 10, { alpha: 0.5, sides: 'greater' })).toThrow(/alpha/);
    expect(() => confidenceSequence({ estimate: 0, se: 1 }, 10, { tuning: 0 })).toThrow(/tuning/);
  });
});
