import { describe, expect, it } from 'vitest';
import {
  chiSquareCdf,
  chiSquareSurvival,
  logGamma,
  normalCdf,
  normalQuantile,
  normalSurvival,
  studentTCdf,
  studentTPdf,
  studentTQuantile,
  studentTSurvival,
} from '../../../src/stats/index.js';
import { expectClose, loadFixture } from '../goldenHelpers.js';

interface Fixture {
  normal: { x: number; cdf: number; sf: number }[];
  normalQuantile: { p: number; quantile: number }[];
  studentT: { t: number; df: number; cdf: number; sf: number; pdf: number }[];
  studentTQuantile: { p: number; df: number; quantile: number }[];
  chiSquare: { x: number; df: number; sf: number; cdf: number }[];
  logGamma: { x: number; logGamma: number }[];
}

const fixture = loadFixture<Fixture>('core_distributions.json');
/** Relative accuracy demanded of every probability, tails included (scipy is the reference). */
const REL = 1e-12;

describe('normal distribution against scipy.stats.norm', () => {
  it('cdf and survival keep relative accuracy in both tails (down to 1e-316)', () => {
    for (const { x, cdf, sf } of fixture.normal) {
      expectClose(normalCdf(x), cdf, `cdf(${x})`, REL, 0);
      expectClose(normalSurvival(x), sf, `sf(${x})`, REL, 0);
    }
  });
  it('quantile (AS 241) to 1e-14 relative, from p = 1e-300 up', () => {
    for (const { p, quantile } of fixture.normalQuantile) expectClose(normalQuantile(p), quantile, `ppf(${p})`, 1e-14, 1e-15);
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(() => normalQuantile(1.5)).toThrow(RangeError);
  });
});

describe('Student t distribution against scipy.stats.t (df from 1 to 1e9)', () => {
  // The continued fraction loses accuracy as x = ν/(ν + t²) → 1: ~1e-12 up to ν = 1e5, 4e-10 at
  // 1e7, 2e-8 at 1e9 (measured); still far inside the 1e-6 the engine promises for p-values.
  const tolerance = (df: number): number => (df >= 1e8 ? 5e-8 : df >= 1e6 ? 1e-9 : 1e-10);
  it('cdf, survival and density to 1e-10 relative (1e-9 at ν = 1e7, 5e-8 at 1e9), tails included', () => {
    for (const { t, df, cdf, sf, pdf } of fixture.studentT) {
      expectClose(studentTCdf(t, df), cdf, `cdf(${t}; ${df})`, tolerance(df), 0);
      expectClose(studentTSurvival(t, df), sf, `sf(${t}; ${df})`, tolerance(df), 0);
      expectClose(studentTPdf(t, df), pdf, `pdf(${t}; ${df})`, 1e-10, 0);
    }
  });
  it('quantile to 1e-10 relative', () => {
    for (const { p, df, quantile } of fixture.studentTQuantile) {
      expectClose(studentTQuantile(p, df), quantile, `ppf(${p}; ${df})`, 1e-10, 1e-14);
    }
  });
  it('df = Infinity is the normal', () => {
    expect(studentTSurvival(3, Infinity)).toBe(normalSurvival(3));
    expect(studentTQuantile(0.975, Infinity)).toBe(normalQuantile(0.975));
  });
});

describe('chi-square and log-gamma against scipy / math.lgamma', () => {
  it('chi-square survival and cdf to 1e-10 relative', () => {
    for (const { x, df, sf, cdf } of fixture.chiSquare) {
      expectClose(chiSquareSurvival(x, df), sf, `sf(${x}; ${df})`, 1e-10, 0);
      expectClose(chiSquareCdf(x, df), cdf, `cdf(${x}; ${df})`, 1e-10, 0);
    }
  });
  it('log-gamma to 1e-14 absolute or relative', () => {
    for (const { x, logGamma: expected } of fixture.logGamma) expectClose(logGamma(x), expected, `lgamma(${x})`, 1e-14, 1e-14);
  });
});
