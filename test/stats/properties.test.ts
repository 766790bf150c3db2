import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addStats,
  compareMeans,
  compareProportions,
  compareRatios,
  cuped,
  statsFromValues,
  type AnalysisOptions,
  type Comparison,
  type EffectEstimate,
  type MetricStats,
} from '../../src/stats/index.js';

const value = fc.double({ min: -1000, max: 1000, noNaN: true });
const values = fc.array(value, { minLength: 0, maxLength: 40 });
const optionsArbitrary = fc.record({
  alpha: fc.constantFrom(0.001, 0.01, 0.05, 0.1, 0.3),
  sides: fc.constantFrom('two', 'greater', 'less'),
  relativeCi: fc.constantFrom('delta', 'fieller'),
}) as fc.Arbitrary<AnalysisOptions>;
const proportionArm = fc.integer({ min: 0, max: 5000 }).chain((n) =>
  fc.integer({ min: 0, max: n }).map((x): MetricStats => ({ n, sum: x, sumSquares: x })),
);
const pairs = fc.array(fc.tuple(value, fc.double({ min: 0, max: 10, noNaN: true })), { minLength: 0, maxLength: 30 });
const ratioArm = pairs.map((p) => statsFromValues(p.map(([x]) => x), { denominator: p.map(([, d]) => d) }));
const covariateArm = fc
  .array(fc.tuple(value, value), { minLength: 0, maxLength: 30 })
  .map((p) => statsFromValues(p.map(([x]) => x), { covariate: p.map(([, z]) => z) }));

/** Every number in a comparison is finite except interval ends (±∞) and the se of an uninformative arm. */
function expectWellFormed(result: Comparison, alpha: number): void {
  for (const effect of [result.absolute, result.relative].filter((e): e is EffectEstimate => e !== null)) {
    expect(effect.pValue).toBeGreaterThanOrEqual(0);
    expect(effect.pValue).toBeLessThanOrEqual(1);
    expect(Number.isNaN(effect.estimate) || Number.isNaN(effect.se) || effect.ci.some(Number.isNaN)).toBe(false);
    expect(effect.ci[0]).toBeLessThanOrEqual(effect.ci[1]);
    if (effect.se === Infinity) continue;
    expect((effect.ci[0] <= effect.estimate + 1e-12 * Math.abs(effect.estimate) && effect.estimate - 1e-12 * Math.abs(effect.estimate) <= effect.ci[1]) || result.warnings.some((w) => w.code.startsWith('FIELLER'))).toBe(true);
  }
  expect(alpha).toBeGreaterThan(0);
}

describe('every comparison returns p in [0, 1] and never NaN, whatever the data', () => {
  it('compareMeans', () => {
    fc.assert(fc.property(values, values, optionsArbitrary, (a, b, o) => expectWellFormed(compareMeans(statsFromValues(a), statsFromValues(b), o), o.alpha)));
  });
  it('compareProportions', () => {
    fc.assert(fc.property(proportionArm, proportionArm, optionsArbitrary, (a, b, o) => expectWellFormed(compareProportions(a, b, o), o.alpha)));
  });
  it('compareRatios', () => {
    fc.assert(fc.property(ratioArm, ratioArm, optionsArbitrary, (a, b, o) => expectWellFormed(compareRatios(a, b, o), o.alpha)));
  });
  it('cuped', () => {
    fc.assert(fc.property(covariateArm, covariateArm, optionsArbitrary, (a, b, o) => expectWellFormed(cuped(a, b, o), o.alpha)));
  });
});

const nonEmpty = fc.array(value, { minLength: 2, maxLength: 40 });
const twoSided: AnalysisOptions = { alpha: 0.05, sides: 'two', relativeCi: 'delta' };

describe('swapping arms leaves a two-sided p unchanged and flips the absolute lift (unequal sizes)', () => {
  const check = (forward: Comparison, backward: Comparison): void => {
    expect(backward.absolute.estimate).toBeCloseTo(-forward.absolute.estimate, 9);
    expect(Math.abs(backward.absolute.pValue - forward.absolute.pValue)).toBeLessThanOrEqual(1e-9 * Math.max(forward.absolute.pValue, 1e-300) + 1e-15);
  };
  it('means', () => {
    fc.assert(fc.property(nonEmpty, nonEmpty, (a, b) => check(compareMeans(statsFromValues(a), statsFromValues(b), twoSided), compareMeans(statsFromValues(b), statsFromValues(a), twoSided))));
  });
  it('proportions', () => {
    fc.assert(fc.property(proportionArm, proportionArm, (a, b) => check(compareProportions(a, b, twoSided), compareProportions(b, a, twoSided))));
  });
  it('ratios', () => {
    fc.assert(fc.property(ratioArm, ratioArm, (a, b) => check(compareRatios(a, b, twoSided), compareRatios(b, a, twoSided))));
  });
  it('cuped', () => {
    fc.assert(fc.property(covariateArm, covariateArm, (a, b) => check(cuped(a, b, twoSided), cuped(b, a, twoSided))));
  });
});

describe('adding the same constant to every value leaves the absolute lift unchanged', () => {
  const shift = fc.double({ min: -100, max: 100, noNaN: true });
  const spread = fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 3, maxLength: 30 }).filter((a) => Math.max(...a) - Math.min(...a) > 1);
  it('Welch: same estimate, se and p (to rounding of the sums of squares)', () => {
    fc.assert(
      fc.property(spread, spread, shift, (a, b, c) => {
        const before = compareMeans(statsFromValues(a), statsFromValues(b), twoSided).absolute;
        const after = compareMeans(statsFromValues(a.map((x) => x + c)), statsFromValues(b.map((x) => x + c)), twoSided).absolute;
        expect(after.estimate).toBeCloseTo(before.estimate, 9);
        expect(Math.abs(after.se - before.se)).toBeLessThanOrEqual(1e-8 * before.se);
        expect(Math.abs(after.pValue - before.pValue)).toBeLessThanOrEqual(1e-6);
      }),
    );
  });
  it('CUPED, shifting metric and covariate', () => {
    fc.assert(
      fc.property(spread, spread, shift, shift, (a, b, c, d) => {
        const arm = (x: number[], cx: number, cz: number): MetricStats => statsFromValues(x.map((v) => v + cx), { covariate: x.map((v, i) => v * 0.5 + i + cz) });
        const before = cuped(arm(a, 0, 0), arm(b, 0, 0), twoSided);
        const after = cuped(arm(a, c, d), arm(b, c, d), twoSided);
        expect(after.absolute.estimate).toBeCloseTo(before.absolute.estimate, 7);
        expect(after.theta).toBeCloseTo(before.theta, 7);
      }),
    );
  });
});

describe('sufficient statistics of a concatenation equal the sum of the parts', () => {
  it('for n, sums, squares, covariate, denominator and ratio covariate cross-products', () => {
    const rows = fc.array(fc.tuple(value, value, value, value, value), { maxLength: 25 });
    fc.assert(
      fc.property(rows, rows, (a, b) => {
        const stats = (r: [number, number, number, number, number][]): MetricStats =>
          statsFromValues(r.map((x) => x[0]), {
            covariate: r.map((x) => x[1]),
            denominator: r.map((x) => x[2]),
            ratioCovariate: { numerator: r.map((x) => x[3]), denominator: r.map((x) => x[4]) },
          });
        const whole = stats([...a, ...b]);
        const parts = addStats(stats(a), stats(b));
        expectNumbersClose(parts, whole);
      }),
    );
  });
});

/** Deep comparison of two objects of numbers, to 1e-9 relative of the magnitudes involved. */
function expectNumbersClose(actual: unknown, expected: unknown, path = ''): void {
  if (typeof expected === 'number') {
    expect(Math.abs((actual as number) - expected), path).toBeLessThanOrEqual(1e-9 * (1 + Math.abs(expected)) * 1e3);
    return;
  }
  const keys = Object.keys(expected as object).sort();
  expect(Object.keys(actual as object).sort(), path).toEqual(keys);
  for (const key of keys) expectNumbersClose((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key], `${path}.${key}`);
}

describe('intervals agree with p-values', () => {
  it('a two-sided Welch or Fieller interval excludes 0 exactly when p < alpha', () => {
    fc.assert(
      fc.property(nonEmpty, nonEmpty, optionsArbitrary, (a, b, o) => {
        const result = compareMeans(statsFromValues(a), statsFromValues(b), o);
        // An unbounded or disjoint Fieller set is reported as (−∞, ∞), its hull: no claim there.
        const bounded = !result.warnings.some((w) => w.code.startsWith('FIELLER'));
        for (const effect of [result.absolute, o.relativeCi === 'fieller' && bounded ? result.relative : null]) {
          if (effect === null || effect.se === 0) continue;
          const excludes = effect.ci[0] > 0 || effect.ci[1] < 0;
          if (Math.abs(effect.pValue - o.alpha) < 1e-9) continue;
          expect(excludes).toBe(effect.pValue < o.alpha);
        }
      }),
    );
  });
  it('one-sided p-values of the two directions add up to 1', () => {
    fc.assert(
      fc.property(nonEmpty, nonEmpty, (a, b) => {
        const greater = compareMeans(statsFromValues(a), statsFromValues(b), { ...twoSided, sides: 'greater' }).absolute.pValue;
        const less = compareMeans(statsFromValues(a), statsFromValues(b), { ...twoSided, sides: 'less' }).absolute.pValue;
        if (greater === 0 || less === 0) return; // zero variance: a point mass, no continuity
        expect(greater + less).toBeCloseTo(1, 12);
      }),
    );
  });
});
