import { logGamma } from './distributions/logGamma.js';
import type { Binomial } from './proportionScore.js';
import type { Interval, Sides } from './types.js';
import { exp, log } from '../math/index.js';

/** Fisher's exact test of a 2×2 table with the conditional exact odds-ratio interval inverting it. */
export interface FisherExactResult {
  /** Exact p-value of H₀: odds ratio = 1 (two-sided: the "sum of probabilities ≤ observed" rule). */
  readonly pValue: number;
  /** Conditional maximum-likelihood odds ratio (treatment vs control); 0 or ∞ at the edges of the support, NaN when the margins fix the table (no or only conversions overall). */
  readonly oddsRatio: number;
  /** {ψ : exact p(ψ) ≥ alpha}: contains 1 exactly when pValue ≥ alpha (see fisherExact). */
  readonly ci: Interval;
}

/** Relative tolerance of "probability ≤ observed", as scipy (1 + 1e-7). */
const TIES = 1 + 1e-7;
/** Log odds ratios scanned for the ends of the two-sided set: ±50 in steps of 0.05. */
const GRID = Array.from({ length: 2001 }, (_, i) => -50 + i * 0.05);

/**
 * Fisher's exact test for conversions (treatment x_t/n_t against control x_c/n_c), conditional on
 * the total conversions m: X = x_t follows Fisher's noncentral hypergeometric law
 * P_ψ(X = k) ∝ C(n_t, k)·C(n_c, m − k)·ψᵏ, k from max(0, m − n_c) to min(n_t, m), where ψ is the
 * odds ratio of treatment to control (Fisher 1935; Agresti 2002, Categorical Data Analysis §3.5).
 *
 * - p-value at ψ = 1 (the central hypergeometric): two-sided, the sum of P(k) over every k with
 *   P(k) ≤ P(x_t)·(1 + 1e-7) (as scipy.stats.fisher_exact and R fisher.test); `greater`: P(X ≥ x_t);
 *   `less`: P(X ≤ x_t).
 * - odds ratio: the conditional MLE, E_ψ[X] = x_t (as scipy `odds_ratio(kind='conditional')`).
 * - interval: the set of ψ the same test does not reject at alpha, p(ψ) ≥ alpha, computed with
 *   p(ψ) under the noncentral law. One-sided this is the tail inversion of Cornfield (1956), equal
 *   to scipy's conditional odds-ratio interval with the same `alternative`. Two-sided it inverts
 *   the "probability ≤ observed" test itself (not the central interval with alpha/2 in each tail
 *   that scipy and R report), so the interval excludes 1 exactly when the two-sided p < alpha. Its
 *   p-value function need not be monotone, so the ends are the outermost accepted points of a scan
 *   of log ψ over [−50, 50] in steps of 0.05 (plus log of the MLE and 0), refined by bisection;
 *   an end at the edge of the support is 0 or ∞.
 * O(support) per evaluation, O(2000 + 200) evaluations per two-sided interval. Measured (one
 * comparison, two-sided): 0.16 s at 1,000 units per arm, 1 s at 100,000 (5% conversions), 72 s at
 * 500,000 — meant for the small samples that need it (see EXACT_RECOMMENDED).
 *
 * @example fisherExact({ x: 5, n: 500 }, { x: 0, n: 500 }, 0.05, 'two').pValue // 0.0622…
 */
export function fisherExact(treatment: Binomial, control: Binomial, alpha: number, sides: Sides): FisherExactResult {
  const law = conditionalLaw(treatment, control);
  const pValue = pAt(law, 0, sides);
  const oddsRatio = conditionalMle(law);
  const accepts = (logPsi: number) => pAt(law, logPsi, sides) >= alpha;
  const atLowEdge = law.observed === 0;
  const atHighEdge = law.observed === law.logWeights.length - 1;
  const points = [...GRID, ...(Number.isFinite(log(oddsRatio)) ? [log(oddsRatio)] : []), 0].sort((a, b) => a - b);
  const lower = sides === 'less' || atLowEdge ? 0 : end(points, accepts, 'lower');
  const upper = sides === 'greater' || atHighEdge ? Infinity : end(points, accepts, 'upper');
  return { pValue, oddsRatio, ci: [lower, upper] };
}

interface ConditionalLaw {
  /** log C(n_t, k) + log C(n_c, m − k) for k = kMin … kMax (index k − kMin). */
  readonly logWeights: number[];
  /** x_t − kMin. */
  readonly observed: number;
}

function conditionalLaw(treatment: Binomial, control: Binomial): ConditionalLaw {
  const m = treatment.x + control.x;
  const kMin = Math.max(0, m - control.n);
  const kMax = Math.min(treatment.n, m);
  const logChoose = (n: number, k: number) => logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);
  const logWeights = Array.from({ length: kMax - kMin + 1 }, (_, i) => logChoose(treatment.n, kMin + i) + logChoose(control.n, m - kMin - i));
  return { logWeights, observed: treatment.x - kMin };
}

/** Probabilities of the support under log odds ratio `logPsi`. */
function probabilities(law: ConditionalLaw, logPsi: number): number[] {
  const logs = law.logWeights.map((w, i) => w + i * logPsi);
  const top = logs.reduce((max, value) => (value > max ? value : max), -Infinity);
  const weights = logs.map((value) => exp(value - top));
  const total = weights.reduce((sum, w) => sum + w, 0);
  return weights.map((w) => w / total);
}

function pAt(law: ConditionalLaw, logPsi: number, sides: Sides): number {
  const p = probabilities(law, logPsi);
  const x = law.observed;
  let sum = 0;
  for (let k = 0; k < p.length; k++) {
    const counted = sides === 'greater' ? k >= x : sides === 'less' ? k <= x : p[k] <= p[x] * TIES;
    if (counted) sum += p[k];
  }
  return Math.min(1, sum);
}

/** Solve E_ψ[X] = x_t by bisection on log ψ (the mean increases with ψ). */
function conditionalMle(law: ConditionalLaw): number {
  const last = law.logWeights.length - 1;
  if (last === 0) return Number.NaN;
  if (law.observed === 0) return 0;
  if (law.observed === last) return Infinity;
  const mean = (logPsi: number) => probabilities(law, logPsi).reduce((sum, p, k) => sum + p * k, 0);
  let [low, high] = [-50, 50];
  for (let i = 0; i < 200 && high - low > 1e-14; i++) {
    const middle = (low + high) / 2;
    if (mean(middle) < law.observed) low = middle;
    else high = middle;
  }
  return exp((low + high) / 2);
}

/** Outermost accepted scan point towards `side`, refined by bisection against its rejected neighbour. */
function end(points: number[], accepts: (logPsi: number) => boolean, side: 'lower' | 'upper'): number {
  const ordered = side === 'lower' ? points : [...points].reverse();
  const first = ordered.findIndex(accepts);
  if (first < 0) return side === 'lower' ? Infinity : 0;
  if (first === 0) return side === 'lower' ? 0 : Infinity;
  let [keep, reject] = [ordered[first], ordered[first - 1]];
  for (let i = 0; i < 200; i++) {
    const middle = (keep + reject) / 2;
    if (middle === keep || middle === reject) break;
    if (accepts(middle)) keep = middle;
    else reject = middle;
  }
  return exp(keep);
}
