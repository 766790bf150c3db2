import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { studentTSurvival } from '../../src/stats/distributions/index.js';
import { dunnettAdjust, type DunnettHypothesis } from '../../src/stats/dunnettAdjust.js';
import { expectClose, loadFixture } from './goldenHelpers.js';

interface DunnettCase {
  name: string;
  hypotheses: { pValue: number; lambda: number; df: number | 'Infinity' }[];
  sides: 'two' | 'one';
  alpha: number;
  adjusted: number[];
  critical: number[];
  intervalAlphas: number[];
  scipy?: {
    alternative: 'two-sided' | 'greater' | 'less';
    df: number;
    statistic: number[];
    pValue: number[];
    difference: number[];
    se: number[];
    ciLow: (number | null)[];
    ciHigh: (number | null)[];
    critical: number;
    pValueError: number;
    criticalError: number;
  };
}

const cases = loadFixture<{ cases: DunnettCase[] }>('dunnett.json').cases;
const hypothesesOf = (c: DunnettCase): DunnettHypothesis[] => c.hypotheses.map((h) => ({ ...h, df: h.df === 'Infinity' ? Infinity : h.df }));

describe('dunnettAdjust against adaptive quadrature (make_dunnett_fixtures.py)', () => {
  for (const c of cases) {
    it(c.name, () => {
      const result = dunnettAdjust(hypothesesOf(c), c.sides, c.alpha);
      result.adjusted.forEach((p, i) => expectClose(p, c.adjusted[i], `adjusted[${i}]`, 1e-6, 1e-12));
      result.critical.forEach((value, i) => expectClose(value, c.critical[i], `critical[${i}]`, 1e-6));
      result.intervalAlphas.forEach((value, i) => expectClose(value, c.intervalAlphas[i], `interval alpha[${i}]`, 1e-6, 1e-12));
    });
  }
});

describe('dunnettAdjust against scipy.stats.dunnett (equal variances; scipy integrates by randomized QMC)', () => {
  for (const c of cases.filter((entry) => entry.scipy !== undefined)) {
    const s = c.scipy!;
    it(`${c.name}: the statistic's p, scipy's p-values and interval within scipy's own error`, () => {
      // The raw p the fixture fed in is the statistic's own two-sided or one-sided t tail.
      const signed = s.statistic.map((t) => (s.alternative === 'less' ? -t : t));
      signed.forEach((t, i) => expectClose(c.hypotheses[i].pValue, c.sides === 'two' ? 2 * studentTSurvival(Math.abs(t), s.df) : studentTSurvival(t, s.df), `raw p[${i}]`, 1e-9, 1e-15));
      const result = dunnettAdjust(hypothesesOf(c), c.sides, c.alpha);
      // scipy's error (|scipy − quadrature|, recorded by the script) is about 1e-5; ours is below 1e-6 relative.
      expect(s.pValueError).toBeLessThan(1e-4);
      result.adjusted.forEach((p, i) => expect(Math.abs(p - s.pValue[i])).toBeLessThanOrEqual(s.pValueError + 1e-6 * p));
      expect(Math.abs(result.critical[0] - s.critical)).toBeLessThanOrEqual(s.criticalError + 1e-6 * s.critical);
      // scipy's simultaneous interval is difference ± c·se (one-sided: open on one end), to scipy's error in c.
      s.difference.forEach((difference, i) => {
        const tolerance = (s.criticalError + 1e-6 * s.critical) * s.se[i];
        if (s.alternative !== 'greater') expect(Math.abs(difference + result.critical[i] * s.se[i] - s.ciHigh[i]!), `ci high[${i}]`).toBeLessThanOrEqual(tolerance);
        if (s.alternative !== 'less') expect(Math.abs(difference - result.critical[i] * s.se[i] - s.ciLow[i]!), `ci low[${i}]`).toBeLessThanOrEqual(tolerance);
      });
    });
  }
});

describe('dunnettAdjust properties', () => {
  const hypothesis = fc.record({ pValue: fc.double({ min: 0, max: 1, noNaN: true }), lambda: fc.double({ min: 0, max: 0.95, noNaN: true }), df: fc.constantFrom(3, 17.5, 200, Infinity) });
  it('lies between the raw p and Bonferroni, and the interval level agrees with the adjusted p', () => {
    fc.assert(
      fc.property(fc.array(hypothesis, { minLength: 1, maxLength: 4 }), fc.constantFrom('two', 'one') as fc.Arbitrary<'two' | 'one'>, fc.constantFrom(0.01, 0.05, 0.2), (hypotheses, sides, alpha) => {
        const result = dunnettAdjust(hypotheses, sides, alpha);
        hypotheses.forEach(({ pValue }, i) => {
          const p = result.adjusted[i];
          expect(p).toBeGreaterThanOrEqual(pValue);
          expect(p).toBeLessThanOrEqual(Math.min(1, hypotheses.length * pValue) + 1e-15);
          // Bonferroni's level α/k is never above Dunnett's, which is never above α.
          expect(result.intervalAlphas[i]).toBeGreaterThanOrEqual(alpha / hypotheses.length - 1e-12);
          expect(result.intervalAlphas[i]).toBeLessThanOrEqual(alpha + 1e-12);
          if (Math.abs(p - alpha) > 1e-9) expect(pValue < result.intervalAlphas[i], `p ${pValue} adjusted ${p}`).toBe(p < alpha);
        });
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('is Šidák when the statistics are independent (λ = 0), and the raw p for one comparison', () => {
    const result = dunnettAdjust([0.01, 0.2, 0.03].map((pValue) => ({ pValue, lambda: 0, df: Infinity })), 'two', 0.05);
    [0.01, 0.2, 0.03].forEach((p, i) => expectClose(result.adjusted[i], 1 - (1 - p) ** 3, `sidak[${i}]`, 1e-9));
    expectClose(result.intervalAlphas[0], 1 - 0.95 ** (1 / 3), 'sidak level', 1e-9);
    expect(dunnettAdjust([{ pValue: 0.037, lambda: 0.5, df: 9 }], 'two', 0.05).adjusted).toEqual([0.037]);
  });

  it('refuses impossible inputs', () => {
    expect(() => dunnettAdjust([{ pValue: 1.2, lambda: 0.5, df: 3 }], 'two', 0.05)).toThrow(RangeError);
    expect(() => dunnettAdjust([{ pValue: 0.2, lambda: 1.5, df: 3 }], 'two', 0.05)).toThrow(RangeError);
  });
});
