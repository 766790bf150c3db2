import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cochranQ } from '../../src/stats/cochranQ.js';
import { compareMeans } from '../../src/stats/compareMeans.js';
import { cuped } from '../../src/stats/cuped.js';
import { marginTest, type Margin, type MarginInput } from '../../src/stats/marginTest.js';
import { statsFromValues } from '../../src/stats/sufficientStats.js';
import { expectClose, loadFixture } from './goldenHelpers.js';

interface MarginCase {
  name: string;
  kind: 'mean' | 'proportion';
  control: number[] | { x: number; n: number };
  treatment: number[] | { x: number; n: number };
  scale: Margin['scale'];
  test: Margin['test'];
  margin: number;
  alpha: number;
  pLower: number;
  pUpper: number;
  ci: [number, number];
}

const fixture = loadFixture<{ margins: MarginCase[] }>('decisions.json');

function inputOf(c: MarginCase): MarginInput {
  if (c.kind === 'proportion') {
    return { kind: 'score', treatment: c.treatment as { x: number; n: number }, control: c.control as { x: number; n: number }, method: 'farrington-manning' };
  }
  return { kind: 'wald', comparison: compareMeans(statsFromValues(c.control as number[]), statsFromValues(c.treatment as number[])) };
}

describe('marginTest against statsmodels / scipy (make_decisions_fixtures.py)', () => {
  for (const c of fixture.margins) {
    it(c.name, () => {
      const result = marginTest(inputOf(c), { test: c.test, scale: c.scale, value: c.margin }, c.alpha);
      if (c.test === 'equivalence') {
        expectClose(result.pLower!, c.pLower, 'p lower');
        expectClose(result.pUpper!, c.pUpper, 'p upper');
        expectClose(result.pValue, Math.max(c.pLower, c.pUpper), 'TOST p');
      } else {
        expect(result.pUpper).toBeNull();
        expectClose(result.pValue, c.pLower, 'non-inferiority p');
      }
      expectClose(result.ci[0], c.ci[0], 'ci low');
      expectClose(result.ci[1], c.ci[1], 'ci high');
      expect(result.level).toBeCloseTo(1 - 2 * c.alpha, 12);
      expect(result.shown).toBe(result.pValue < c.alpha);
    });
  }

  it('lower is better: non-inferiority tests H0 effect >= +margin (the upper p)', () => {
    const c = fixture.margins.find((entry) => entry.name === 'means absolute equivalence')!;
    const result = marginTest(inputOf(c), { test: 'non-inferiority', scale: 'absolute', value: c.margin, lowerIsBetter: true }, c.alpha);
    expect(result.pLower).toBeNull();
    expectClose(result.pValue, c.pUpper, 'p upper');
  });
});

/** The promise: shown exactly when the (1 − 2α) interval lies beyond the margin (or within ± it). */
function consistent(result: ReturnType<typeof marginTest>): boolean {
  const [low, high] = result.ci;
  const beyond = result.test === 'equivalence' ? low > -result.margin && high < result.margin : result.better === 'lower' ? high < result.margin : low > -result.margin;
  return beyond === result.shown;
}

const margins = fc.record({
  test: fc.constantFrom('non-inferiority' as const, 'equivalence' as const),
  scale: fc.constantFrom('absolute' as const, 'relative' as const),
  value: fc.double({ min: 0.005, max: 0.5, noNaN: true }),
  lowerIsBetter: fc.boolean(),
});
const alphas = fc.constantFrom(0.01, 0.05, 0.1, 0.2);

describe('marginTest: the decision and its (1 − 2α) interval agree', () => {
  it('conversions (score test), every margin and alpha', () => {
    const arm = fc.integer({ min: 1, max: 3000 }).chain((n) => fc.integer({ min: 0, max: n }).map((x) => ({ x, n })));
    fc.assert(
      fc.property(arm, arm, margins, alphas, (control, treatment, margin, alpha) => {
        const result = marginTest({ kind: 'score', treatment, control, method: 'farrington-manning' }, margin, alpha);
        const atEdge = [result.pLower, result.pUpper].some((p) => p !== null && Math.abs(p - alpha) < 1e-9);
        return atEdge || consistent(result);
      }),
      { numRuns: 400, seed: 11 },
    );
  });

  it('means (Welch) and CUPED (Wald, Fieller), every margin and alpha', () => {
    const sample = fc.array(fc.double({ min: 1, max: 100, noNaN: true }), { minLength: 3, maxLength: 40 });
    fc.assert(
      fc.property(sample, sample, fc.double({ min: -1, max: 1, noNaN: true }), margins, alphas, (c, t, noise, margin, alpha) => {
        const plain = compareMeans(statsFromValues(c), statsFromValues(t));
        const adjusted = cuped(statsFromValues(c, { covariate: c.map((x, i) => x + noise * i) }), statsFromValues(t, { covariate: t.map((x, i) => x - noise * i) }));
        return [plain, adjusted].every((comparison) => {
          const result = marginTest({ kind: 'wald', comparison }, margin, alpha);
          const atEdge = [result.pLower, result.pUpper].some((p) => p !== null && Math.abs(p - alpha) < 1e-9);
          return atEdge || consistent(result);
        });
      }),
      { numRuns: 300, seed: 12 },
    );
  });

  it('a wider margin never makes a shown result not shown; the arms as control and variant swap the direction', () => {
    const c = statsFromValues([10, 12, 9, 11, 10, 13, 8, 12]);
    const t = statsFromValues([10.5, 12, 9.5, 11, 10, 13.5, 9, 12]);
    const comparison = compareMeans(c, t);
    const ps = [0.05, 0.1, 0.2, 0.4].map((value) => marginTest({ kind: 'wald', comparison }, { test: 'equivalence', scale: 'relative', value }, 0.05).pValue);
    for (let i = 1; i < ps.length; i++) expect(ps[i]).toBeLessThanOrEqual(ps[i - 1]);
    const worse = compareMeans(t, c);
    const up = marginTest({ kind: 'wald', comparison }, { test: 'non-inferiority', scale: 'absolute', value: 0.5 }, 0.05);
    const down = marginTest({ kind: 'wald', comparison: worse }, { test: 'non-inferiority', scale: 'absolute', value: 0.5 }, 0.05);
    expect(up.pValue).toBeLessThan(down.pValue);
  });

  it('an uninformative comparison shows nothing', () => {
    const comparison = compareMeans(statsFromValues([1]), statsFromValues([2, 3]));
    const result = marginTest({ kind: 'wald', comparison }, { test: 'equivalence', scale: 'absolute', value: 1 }, 0.05);
    expect(result).toMatchObject({ pValue: 1, shown: false, ci: [-Infinity, Infinity] });
  });

  it('rejects a margin that is not positive and an alpha of 0.5 or more', () => {
    const comparison = compareMeans(statsFromValues([1, 2]), statsFromValues([2, 3]));
    expect(() => marginTest({ kind: 'wald', comparison }, { test: 'equivalence', scale: 'absolute', value: 0 }, 0.05)).toThrow(RangeError);
    expect(() => marginTest({ kind: 'wald', comparison }, { test: 'equivalence', scale: 'absolute', value: 1 }, 0.5)).toThrow(RangeError);
  });
});

describe('cochranQ', () => {
  it('equals the weighted sum of squares around the inverse-variance mean; chi-square p on k − 1 df', () => {
    const result = cochranQ([0.1, 0.3, 0.2], [0.1, 0.1, Math.sqrt(0.02)]);
    expectClose(result.statistic, 2, 'Q', 1e-12);
    expect(result.df).toBe(2);
    expectClose(result.pValue, 0.36787944117144245, 'p (statsmodels combine_effects)', 1e-9);
    expect(result.iSquared).toBe(0);
  });

  it('leaves out estimates without a finite positive se; fewer than two gives p = 1', () => {
    expect(cochranQ([0.1, 5], [0.1, Infinity])).toMatchObject({ df: 0, pValue: 1, used: 1 });
    expect(cochranQ([0.1, 5, 0.3], [0.1, Infinity, 0.1]).df).toBe(1);
  });

  it('grows with the spread of the estimates (direction of the lever)', () => {
    const spreads = [0, 0.1, 0.2, 0.4].map((d) => cochranQ([0, d, -d], [0.1, 0.1, 0.1]).pValue);
    for (let i = 1; i < spreads.length; i++) expect(spreads[i]).toBeLessThan(spreads[i - 1]);
  });
});
