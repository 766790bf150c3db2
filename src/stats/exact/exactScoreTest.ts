import { scoreStatisticDifference, scoreStatisticRatio, type Binomial } from '../proportionScore.js';
import type { Interval, Sides } from '../types.js';
import { exp, log } from '../../math/index.js';
import { maxTailProbability } from './maxTailProbability.js';
import { staircase } from './staircase.js';

/** The exact unconditional score test of p_t = p_c with the two intervals that invert it. */
export interface ExactScoreResult {
  /** Exact unconditional p-value of H₀: p_t = p_c (two-sided: twice the smaller one-sided p, at most 1). */
  readonly pValue: number;
  /** Difference p_t − p_c: the estimate and {δ : p(δ) ≥ alpha}. */
  readonly difference: { readonly estimate: number; readonly ci: Interval };
  /** Ratio p_t / p_c: the estimate (∞ or NaN when the control has no conversions) and {φ : p(φ) ≥ alpha}. */
  readonly ratio: { readonly estimate: number; readonly ci: Interval };
}

/** Tolerance of "z at least as extreme as observed" (relative, for ties of equal tables). */
const TIES = 1e-9;
/** Scan points of each parameter before the ends are refined: δ in (−1, 1), log φ in [−12, 12]. */
const SCAN = 24;
/** Bisection steps refining each end from the scan (to 2⁻³² of a scan step). */
const BISECTIONS = 32;

/**
 * The exact unconditional score test and its test-based intervals (Chan & Zhang 1999, Biometrics
 * 55:1202–1209 for the difference; Chan 1998 and Agresti & Min 2002 for the ratio). For a null
 * value δ₀ (or φ₀) the tables are ordered by the Farrington–Manning score statistic z(δ₀)
 * (src/stats/proportionScore.ts; the Miettinen–Nurminen factor N/(N−1) orders them the same), and
 * the one-sided p is the largest probability, over the nuisance rate p_c of the null, of a table
 * with z at least as large (greater) or as small (less) as observed (see maxTailProbability):
 *
 *   p_greater(δ₀) = sup_{p_c} P_{p_c + δ₀, p_c}(Z(δ₀) ≥ z_obs(δ₀)),  two-sided p = min(1, 2·min(p_greater, p_less))
 *
 * The two-sided interval is Chan & Zhang's tail method: {δ₀ : p_greater(δ₀) ≥ α/2 and
 * p_less(δ₀) ≥ α/2}, the set whose two-sided p is at least α; the p-value of the decision is the
 * same function at δ₀ = 0 (or φ₀ = 1), so each interval excludes the null exactly when pValue < α.
 * The p-function need not be monotone in δ₀; the interval is the run of accepted values around the
 * estimate (see invert). Costs about 2·(SCAN + 2·BISECTIONS) unconditional tests per interval.
 *
 * `method: 'agresti-min'` (two-sided only; one-sided the two methods coincide): Agresti & Min
 * (2001, Biometrics 57:963–971) invert ONE two-sided test instead of two one-sided ones, ordering
 * the tables by |z(δ₀)|:
 *
 *   p(δ₀) = sup_{p_c} P_{p_c + δ₀, p_c}(|Z(δ₀)| ≥ |z_obs(δ₀)|),  interval {δ₀ : p(δ₀) ≥ α}
 *
 * (both tails summed at the same nuisance value before the supremum, so p is at most the tail
 * method's 2·min). Narrower than Chan–Zhang's; p(0) is the two-sided exact unconditional pooled-z
 * test (Suissa & Shuster 1985, JRSS A 148:317–327), and both intervals invert it.
 */
export function exactScoreTest(treatment: Binomial, control: Binomial, alpha: number, sides: Sides, method: 'chan-zhang' | 'agresti-min' = 'chan-zhang'): ExactScoreResult {
  const pt = treatment.x / treatment.n;
  const pc = control.x / control.n;
  const oneTest = method === 'agresti-min' && sides === 'two';
  const differenceP = (delta: number) =>
    oneTest ? () => twoSidedDifference(treatment, control, delta) : twoTests(sides, () => greaterDifference(treatment, control, delta), () => greaterDifference(control, treatment, -delta));
  const ratioP = (logPhi: number) =>
    oneTest ? () => twoSidedRatio(treatment, control, exp(logPhi)) : twoTests(sides, () => greaterRatio(treatment, control, exp(logPhi)), () => greaterRatio(control, treatment, exp(-logPhi)));
  const pValue = differenceP(0)(0);
  const accepts = (p: (alpha: number) => number) => p(alpha) >= alpha;
  const differenceCi = invert((delta) => accepts(differenceP(delta)), pt - pc, -1, 1, 0, sides);
  const logRatio = control.x === 0 ? (treatment.x === 0 ? 0 : 12) : treatment.x === 0 ? -12 : log(pt / pc);
  const [lower, upper] = invert((logPhi) => accepts(ratioP(logPhi)), logRatio, -12, 12, 0, sides);
  const ratioCi: Interval = [lower <= -12 ? 0 : exp(lower), upper >= 12 ? Infinity : exp(upper)];
  return { pValue, difference: { estimate: pt - pc, ci: differenceCi }, ratio: { estimate: pc > 0 ? pt / pc : pt > 0 ? Infinity : Number.NaN, ci: ratioCi } };
}

/**
 * The p-value of the asked sides, given the alpha it will be compared with: one-sided the tail
 * itself; two-sided min(1, 2·min(greater, less)), where `less` is skipped when 2·greater is already
 * below alpha (the test rejects whatever `less` is; the value returned is then 2·greater).
 */
function twoTests(sides: Sides, greater: () => number, less: () => number): (alpha: number) => number {
  return (alpha) => {
    if (sides === 'greater') return greater();
    if (sides === 'less') return less();
    const up = greater();
    if (2 * up < alpha) return 2 * up;
    return Math.min(1, 2 * Math.min(up, less()));
  };
}

/** One-sided (treatment higher) exact p of H₀: p_t − p_c = δ; nuisance p_c ∈ [max(0, −δ), min(1, 1 − δ)]. */
function greaterDifference(treatment: Binomial, control: Binomial, delta: number): number {
  return tail(treatment, control, differenceScore(treatment, control, delta), differenceRates(delta));
}

/** One-sided (treatment higher) exact p of H₀: p_t / p_c = φ; nuisance p_c ∈ [0, min(1, 1/φ)]. */
function greaterRatio(treatment: Binomial, control: Binomial, phi: number): number {
  return tail(treatment, control, ratioScore(treatment, control, phi), ratioRates(phi));
}

/** Two-sided (Agresti–Min) exact p of H₀: p_t − p_c = δ. */
function twoSidedDifference(treatment: Binomial, control: Binomial, delta: number): number {
  return twoSidedTail(treatment, control, differenceScore(treatment, control, delta), differenceRates(delta));
}

/** Two-sided (Agresti–Min) exact p of H₀: p_t / p_c = φ. */
function twoSidedRatio(treatment: Binomial, control: Binomial, phi: number): number {
  return twoSidedTail(treatment, control, ratioScore(treatment, control, phi), ratioRates(phi));
}

function differenceScore(treatment: Binomial, control: Binomial, delta: number): (xt: number, xc: number) => number {
  return (xt, xc) => scoreStatisticDifference({ x: xt, n: treatment.n }, { x: xc, n: control.n }, delta, 'farrington-manning');
}

function ratioScore(treatment: Binomial, control: Binomial, phi: number): (xt: number, xc: number) => number {
  return (xt, xc) => scoreStatisticRatio({ x: xt, n: treatment.n }, { x: xc, n: control.n }, phi, 'farrington-manning');
}

function differenceRates(delta: number): (u: number) => readonly [number, number] {
  const [low, high] = [Math.max(0, -delta), Math.min(1, 1 - delta)];
  return (u) => {
    const rate = low + u * (high - low);
    return [Math.min(1, Math.max(0, rate + delta)), rate];
  };
}

function ratioRates(phi: number): (u: number) => readonly [number, number] {
  const high = Math.min(1, 1 / phi);
  return (u) => [Math.min(1, phi * u * high), u * high];
}

/**
 * The region |z| ≥ |z_obs|: the upper tail by the staircase, the lower tail by the same staircase
 * on the mirrored table (n_t − x_t, n_c − x_c), where "z at most −|z_obs|" rejects more as the
 * mirrored x_t rises and x_c falls.
 */
function twoSidedTail(treatment: Binomial, control: Binomial, z: (xt: number, xc: number) => number, rates: (u: number) => readonly [number, number]): number {
  const { n: nt } = treatment;
  const { n: nc } = control;
  const observed = Math.abs(z(treatment.x, control.x));
  const bound = Number.isFinite(observed) ? observed - TIES * Math.max(1, observed) : observed;
  const lower = staircase(nt, nc, (xt, xc) => z(xt, xc) >= bound);
  const mirrored = staircase(nt, nc, (xt, xc) => z(nt - xt, nc - xc) <= -bound);
  const upper = Int32Array.from({ length: nt + 1 }, (_, xt) => nc - mirrored[nt - xt]);
  return maxTailProbability(nt, nc, lower, rates, upper);
}

function tail(treatment: Binomial, control: Binomial, z: (xt: number, xc: number) => number, rates: (u: number) => readonly [number, number]): number {
  const observed = z(treatment.x, control.x);
  const bound = Number.isFinite(observed) ? observed - TIES * Math.max(1, Math.abs(observed)) : observed;
  const thresholds = staircase(treatment.n, control.n, (xt, xc) => z(xt, xc) >= bound);
  return maxTailProbability(treatment.n, control.n, thresholds, rates);
}

/**
 * The interval of accepted values around the estimate: from the estimate (or from the null, when
 * the null is accepted and lies beyond the estimate on that side) outwards in steps of
 * (high − low)/SCAN until the first rejected point, then bisection between it and the last accepted
 * one; an edge reached while accepting is the edge itself. Starting from an accepted null keeps the
 * null inside, and a rejected null stops the walk before it, so the interval excludes the null
 * exactly when the test rejects it, even where the p-function is not monotone. One-sided, the far
 * end is the edge.
 */
function invert(accepts: (theta: number) => boolean, estimate: number, low: number, high: number, nullValue: number, sides: Sides): Interval {
  const step = (high - low) / SCAN;
  const nullAccepted = accepts(nullValue);
  const end = (edge: number): number => {
    const direction = Math.sign(edge - estimate);
    let keep = nullAccepted && Math.sign(nullValue - estimate) === direction ? nullValue : Math.min(high, Math.max(low, estimate));
    for (;;) {
      const next = direction > 0 ? Math.min(edge, keep + step) : Math.max(edge, keep - step);
      if (next === keep) return edge;
      if (!accepts(next)) return bisect(accepts, keep, next);
      keep = next;
    }
  };
  const lower = sides === 'less' ? low : end(low);
  const upper = sides === 'greater' ? high : end(high);
  return [lower, upper];
}

function bisect(accepts: (theta: number) => boolean, accepted: number, rejected: number): number {
  let [keep, reject] = [accepted, rejected];
  for (let i = 0; i < BISECTIONS; i++) {
    const middle = (keep + reject) / 2;
    if (accepts(middle)) keep = middle;
    else reject = middle;
  }
  return keep;
}
