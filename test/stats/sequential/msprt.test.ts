import { describe, expect, it } from 'vitest';
import { confidenceSequence, msprt, msprtSequence, sequentialRho } from '../../../src/stats/sequential/index.js';
import type { MetricStats } from '../../../src/stats/index.js';
import { expectClose, loadFixture } from '../goldenHelpers.js';

interface MsprtLook {
  control: MetricStats;
  treatment: MetricStats;
  expected: { estimate: number; se: number; tau2: number; likelihoodRatio: number; pValue: number; ci: [number, number]; decision: string };
}
interface MsprtCase {
  alpha: number;
  tau2: number | null;
  looks: MsprtLook[];
}

const fixture = loadFixture<{ msprt: MsprtCase[] }>('advanced_sequential.json');

describe('msprt (golden: mixture likelihood ratio and interval by quadrature in scipy)', () => {
  it.each(fixture.msprt.map((c, i) => [i, c] as const))('sequence %i', (_, c) => {
    const options = { alpha: c.alpha, ...(c.tau2 === null ? {} : { tau2: c.tau2 }) };
    const { results, firstRejection } = msprtSequence(c.looks, options);
    c.looks.forEach((look, i) => {
      const actual = results[i];
      const label = `look ${i}`;
      expectClose(actual.estimate, look.expected.estimate, `${label} estimate`, 1e-12);
      expectClose(actual.se, look.expected.se, `${label} se`, 1e-12);
      expectClose(actual.tau2, look.expected.tau2, `${label} tau2`, 1e-12);
      expectClose(actual.likelihoodRatio, look.expected.likelihoodRatio, `${label} likelihood ratio`, 1e-8, 0);
      expectClose(actual.pValue, look.expected.pValue, `${label} pValue`, 1e-8, 0);
      expectClose(actual.ci[0], look.expected.ci[0], `${label} ci low`, 1e-8, 1e-12);
      expectClose(actual.ci[1], look.expected.ci[1], `${label} ci high`, 1e-8, 1e-12);
      expect(actual.decision).toBe(look.expected.decision);
    });
    expect(firstRejection).toBe(c.looks.findIndex((look) => look.expected.decision === 'reject'));
  });

  it('with the default mixing variance, one look equals the confidence sequence p-value', () => {
    const control = { n: 2400, sum: 250, sumSquares: 250 };
    const treatment = { n: 2500, sum: 305, sumSquares: 305 };
    const m = msprt(control, treatment, { alpha: 0.05 });
    const rateA = 250 / 2400;
    const rateB = 305 / 2500;
    const se = Math.sqrt((rateA * (1 - rateA)) / 2400 + (rateB * (1 - rateB)) / 2500);
    const cs = confidenceSequence({ estimate: rateB - rateA, se }, 4900, { alpha: 0.05 });
    expect(m.pValue).toBeCloseTo(cs.pValue, 12);
    expect(m.tau2).toBeCloseTo(sequentialRho(0.05, 5000) ** 2 * se * se * 4900, 15);
  });

  it('never lets the p-value rise and stays in [0, 1]', () => {
    const first = msprt({ n: 500, sum: 50, sumSquares: 50 }, { n: 500, sum: 80, sumSquares: 80 }, { tau2: 1e-3 });
    const later = msprt({ n: 1000, sum: 100, sumSquares: 100 }, { n: 1000, sum: 101, sumSquares: 101 }, { tau2: 1e-3, previousPValue: first.pValue });
    expect(later.pValue).toBe(first.pValue);
    expect(first.pValue).toBeGreaterThanOrEqual(0);
    expect(later.pValue).toBeLessThanOrEqual(1);
    const allZero = msprt({ n: 10, sum: 0, sumSquares: 0 }, { n: 10, sum: 0, sumSquares: 0 });
    expect(allZero.pValue).toBe(1);
    expect(allZero.decision).toBe('continue');
  });

  it('rejects bad parameters', () => {
    expect(() => msprt({ n: 0, sum: 0, sumSquares: 0 }, { n: 5, sum: 1, sumSquares: 1 })).toThrow(RangeError);
    expect(() => msprt({ n: 5, sum: 1, sumSquares: 1 }, { n: 5, sum: 1, sumSquares: 1 }, { tau2: 0 })).toThrow(/tau2/);
    expect(() => msprt({ n: 5, sum: 1, sumSquares: 1 }, { n: 5, sum: 1, sumSquares: 1 }, { tau2: 1e-3, alpha: 1 })).toThrow(/alpha/);
  });
});
