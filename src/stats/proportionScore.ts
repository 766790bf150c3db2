import type { Interval, ScoreMethod, Sides } from './types.js';
import { acos, cos, pow } from '../math/index.js';

/** Conversions of one arm: x successes out of n units. */
export interface Binomial {
  readonly x: number;
  readonly n: number;
}

/**
 * Score statistic of H₀: p_t − p_c = δ (treatment minus control), Farrington & Manning (1990,
 * Stat. Med. 9:1447–1454) with the restricted maximum-likelihood rates of Miettinen & Nurminen
 * (1985, Stat. Med. 4:213–226, closed-form cubic; as statsmodels `score_test_proportions_2indep`):
 *
 *   z(δ) = (p̂_t − p̂_c − δ) / √(f·[p̃_t(1 − p̃_t)/n_t + p̃_c(1 − p̃_c)/n_c]),  p̃_t − p̃_c = δ
 *
 * with f = 1 (Farrington–Manning) or N/(N − 1) (Miettinen–Nurminen). At δ = 0 the restricted
 * rates are the pooled rate, so z(0) is the pooled two-proportion z. Decreasing in δ. O(1).
 */
export function scoreStatisticDifference(treatment: Binomial, control: Binomial, delta: number, method: ScoreMethod): number {
  const p1 = treatment.x / treatment.n;
  const p2 = control.x / control.n;
  const [r1, r2] = delta === 0 ? pooledRates(treatment, control) : restrictedDifferenceRates(p1, p2, control.n / treatment.n, delta);
  const variance = varianceFactor(treatment, control, method) * (r1 * (1 - r1) / treatment.n + r2 * (1 - r2) / control.n);
  return statistic(p1 - p2 - delta, variance);
}

/**
 * Score statistic of H₀: p_t / p_c = φ (Miettinen & Nurminen 1985; Farrington & Manning 1990),
 * restricted rates from the quadratic N·φ·p² − (n_t·φ + x_t + n_c + x_c·φ)·p + (x_t + x_c) = 0
 * (the smaller root, computed in the cancellation-free form 2c / (−b + √(b² − 4ac)) and kept in
 * [0, min(1, 1/φ)], which matters when the control converts 100%):
 *
 *   z(φ) = (p̂_t − φ·p̂_c) / √(f·[p̃_t(1 − p̃_t)/n_t + φ²·p̃_c(1 − p̃_c)/n_c]),  p̃_t = φ·p̃_c
 *
 * At φ = 1 this is the pooled z again. Decreasing in φ. O(1).
 */
export function scoreStatisticRatio(treatment: Binomial, control: Binomial, phi: number, method: ScoreMethod): number {
  const p1 = treatment.x / treatment.n;
  const p2 = control.x / control.n;
  const [r1, r2] = phi === 1 ? pooledRates(treatment, control) : restrictedRatioRates(treatment, control, phi);
  const variance = varianceFactor(treatment, control, method) * (r1 * (1 - r1) / treatment.n + phi * phi * r2 * (1 - r2) / control.n);
  return statistic(p1 - phi * p2, variance);
}

/**
 * The interval of δ (or φ) where the score test does not reject: two-sided {|z| ≤ q}, one-sided
 * {z ≤ q} (greater: [lower, ∞)) or {z ≥ −q} (less: (−∞, upper]). Ends found by bisection on the
 * monotone statistic to the last bit (geometric bisection for a ratio), between the estimate and
 * the edges of `range`; an end that never rejects is the edge itself (δ = ±1), 0 for a ratio's
 * lower edge and ∞ for its upper one. O(64) evaluations per end.
 */
export function invertScore(z: (value: number) => number, estimate: number, q: number, sides: Sides, range: 'difference' | 'ratio'): Interval {
  const ratio = range === 'ratio';
  const [low, high] = ratio ? [Number.MIN_VALUE, 1e150] : [-1, 1];
  const lower = sides === 'less' ? -Infinity : boundary(estimate, low, (value) => z(value) > q, ratio);
  const upper = sides === 'greater' ? Infinity : boundary(estimate, high, (value) => z(value) < -q, ratio);
  if (!ratio) return [lower, upper];
  return [lower === low ? 0 : lower, upper === high ? Infinity : upper];
}

/** The last point from `inside` (not rejected) towards `edge` before `rejects` switches on. */
function boundary(inside: number, edge: number, rejects: (value: number) => boolean, logScale: boolean): number {
  if (!rejects(edge)) return edge;
  let [keep, reject] = [logScale ? Math.max(inside, Number.MIN_VALUE) : inside, edge];
  for (let i = 0; i < 2200; i++) {
    const middle = logScale ? Math.sqrt(keep) * Math.sqrt(reject) : keep + (reject - keep) / 2;
    if (middle === keep || middle === reject) break;
    if (rejects(middle)) reject = middle;
    else keep = middle;
  }
  return keep;
}

function pooledRates(treatment: Binomial, control: Binomial): [number, number] {
  const pooled = (treatment.x + control.x) / (treatment.n + control.n);
  return [pooled, pooled];
}

/** Miettinen–Nurminen restricted rates under p_t − p_c = δ (theta = n_c / n_t). */
function restrictedDifferenceRates(p1: number, p2: number, theta: number, delta: number): [number, number] {
  const a = 1 + theta;
  const b = -(1 + theta + p1 + theta * p2 + delta * (theta + 2));
  const c = delta * delta + delta * (2 * p1 + theta + 1) + p1 + theta * p2;
  const d = -p1 * delta * (1 + delta);
  const v = pow(b / a / 3, 3) - (b * c) / (6 * a * a) + d / a / 2;
  const u = Math.sign(v) * Math.sqrt(Math.max(0, (b / a / 3) ** 2 - c / a / 3));
  const w = u === 0 ? Math.PI / 2 : (Math.PI + acos(Math.max(-1, Math.min(1, v / pow(u, 3))))) / 3;
  const r1 = Math.min(Math.min(1, 1 + delta), Math.max(Math.max(0, delta), 2 * u * cos(w) - b / a / 3));
  return [r1, Math.min(1, Math.max(0, r1 - delta))];
}

/** Restricted rates under p_t = φ·p_c. */
function restrictedRatioRates(treatment: Binomial, control: Binomial, phi: number): [number, number] {
  const a = (treatment.n + control.n) * phi;
  const b = -(treatment.n * phi + treatment.x + control.n + control.x * phi);
  const c = treatment.x + control.x;
  const root = c === 0 ? 0 : (2 * c) / (-b + Math.sqrt(Math.max(0, b * b - 4 * a * c)));
  const r2 = Math.min(root, 1, 1 / phi);
  return [Math.min(1, phi * r2), r2];
}

function varianceFactor(treatment: Binomial, control: Binomial, method: ScoreMethod): number {
  const total = treatment.n + control.n;
  return method === 'miettinen-nurminen' ? total / (total - 1) : 1;
}

/** numerator / √variance, with 0/0 = 0 (no evidence either way) and x/0 = ±∞. */
function statistic(numerator: number, variance: number): number {
  if (numerator === 0) return 0;
  if (!(variance > 0)) return numerator > 0 ? Infinity : -Infinity;
  return numerator / Math.sqrt(variance);
}
