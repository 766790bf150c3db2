import { logGamma } from '../distributions/logGamma.js';
import { exp, log, log1p } from '../../math/index.js';

/**
 * The rates of both arms under the null at a nuisance value u ∈ [0, 1] (a map of the null's
 * nuisance range onto [0, 1]): [p_t, p_c].
 */
export type NullRates = (u: number) => readonly [number, number];

/** Nuisance points of the first, coarse pass of the maximisation (equally spaced, ends included). */
export const NUISANCE_GRID = 200;
/** Local maxima of the coarse pass that are refined by golden-section search. */
const REFINED = 6;
/** Half-width of the counts summed, in binomial standard deviations (see window). */
const WINDOW_SDS = 14;

/**
 * The exact unconditional tail probability of a rejection region of the 2×2 sample space,
 * maximised over the null's nuisance parameter (Barnard 1947; Suissa & Shuster 1985, JRSS A
 * 148:317–327; Chan 1998, Stat. Med. 17:1403–1413):
 *
 *   p = sup_u Σ_{x_t = 0}^{n_t} b(x_t; n_t, p_t(u)) · B(c[x_t]; n_c, p_c(u))
 *
 * where the region is {(x_t, x_c) : x_c ≤ c[x_t]} (c[x_t] = −1: no table with that x_t), b the
 * binomial probability and B its distribution function. Every ordering used here (Fisher's
 * one-sided p, the score statistic towards "treatment higher") rejects more as x_c falls, so each
 * region has this form. A two-sided region (Agresti–Min: |z| at least as large as observed) adds
 * the tables {x_c ≥ d[x_t]} of the other tail (`upper`, d = n_c + 1: none), summed with the first
 * at the same nuisance value before the supremum; where the two meet the whole row counts once. O(√n_t + √n_c) per nuisance value (the binomial
 * windows that carry probability, see window); the supremum is found on a grid of
 * NUISANCE_GRID + 1 points, whose REFINED highest local maxima are refined by golden-section
 * search between their neighbours to 1e-10 (the p-value is flat at its maximum, so its value is
 * then exact to rounding).
 */
export function maxTailProbability(nt: number, nc: number, thresholds: Int32Array, rates: NullRates, upper?: Int32Array): number {
  const logChooseT = logChooseRow(nt);
  const logChooseC = logChooseRow(nc);
  const pmfC = new Float64Array(nc + 1);
  const pmfT = new Float64Array(nt + 1);
  const pmfUpper = new Float64Array(nc + 1);
  const at = (u: number): number => {
    const [pt, pc] = rates(Math.min(1, Math.max(0, u)));
    const [lowC, highC] = window(nc, pc);
    binomialPmf(nc, pc, logChooseC, pmfC, lowC, highC);
    // P(X_c ≥ d) summed from the top of the window down, so a small upper tail keeps its relative accuracy.
    if (upper) for (let k = highC, tail = 0; k >= lowC; k--) pmfUpper[k] = tail += pmfC[k];
    for (let k = lowC + 1; k <= highC; k++) pmfC[k] += pmfC[k - 1];
    const cdf = (c: number) => (c < lowC ? 0 : pmfC[Math.min(c, highC)]);
    const survival = (d: number) => (d > highC ? 0 : d <= lowC ? 1 : pmfUpper[d]);
    const [lowT, highT] = window(nt, pt);
    binomialPmf(nt, pt, logChooseT, pmfT, lowT, highT);
    let sum = 0;
    for (let x = lowT; x <= highT; x++) {
      const c = thresholds[x];
      if (upper && upper[x] <= c + 1) sum += pmfT[x];
      else sum += pmfT[x] * ((c >= lowC ? cdf(c) : 0) + (upper ? survival(upper[x]) : 0));
    }
    return sum;
  };
  const values = Array.from({ length: NUISANCE_GRID + 1 }, (_, i) => at(i / NUISANCE_GRID));
  const peaks = values
    .map((value, i) => ({ value, i }))
    .filter(({ value, i }) => (i === 0 || value >= values[i - 1]) && (i === NUISANCE_GRID || value >= values[i + 1]))
    .sort((a, b) => b.value - a.value)
    .slice(0, REFINED);
  let best = Math.max(...values);
  for (const { i } of peaks) best = Math.max(best, goldenMax(at, Math.max(0, i - 1) / NUISANCE_GRID, Math.min(NUISANCE_GRID, i + 1) / NUISANCE_GRID));
  return Math.min(1, best);
}

const rows = new Map<number, Float64Array>();

/** log C(n, k) for k = 0 … n (the last few rows are kept; they never change). */
export function logChooseRow(n: number): Float64Array {
  const cached = rows.get(n);
  if (cached) return cached;
  if (rows.size > 8) rows.clear();
  const row = new Float64Array(n + 1);
  const top = logGamma(n + 1);
  for (let k = 0; k <= n; k++) row[k] = top - logGamma(k + 1) - logGamma(n - k + 1);
  rows.set(n, row);
  return row;
}

/**
 * The counts of Binomial(n, p) that carry probability: mean ± (WINDOW_SDS·sd + 10). Outside it each
 * probability is below e^(−WINDOW_SDS²/2 + …) ≈ 1e-40 (Chernoff), far under the 1e-12 the
 * p-values are compared at.
 */
function window(n: number, p: number): [number, number] {
  const mean = n * p;
  const reach = WINDOW_SDS * Math.sqrt(n * p * (1 - p)) + 10;
  return [Math.max(0, Math.floor(mean - reach)), Math.min(n, Math.ceil(mean + reach))];
}

/**
 * Binomial(n, p) probabilities of counts low … high into `out`: one exp at the mode (or the window's
 * nearest count), then the ratio recurrence b(k+1)/b(k) = (n − k)/(k + 1)·p/(1 − p) outwards, which
 * loses at most a few hundred ulps over a window. p = 0 and p = 1 put all mass on 0 and n.
 */
function binomialPmf(n: number, p: number, logChoose: Float64Array, out: Float64Array, low: number, high: number): void {
  if (p <= 0 || p >= 1) {
    for (let k = low; k <= high; k++) out[k] = k === (p <= 0 ? 0 : n) ? 1 : 0;
    return;
  }
  const odds = p / (1 - p);
  const start = Math.min(high, Math.max(low, Math.floor((n + 1) * p)));
  out[start] = exp(logChoose[start] + start * log(p) + (n - start) * log1p(-p));
  for (let k = start; k < high; k++) out[k + 1] = (out[k] * (n - k) * odds) / (k + 1);
  for (let k = start; k > low; k--) out[k - 1] = (out[k] * k) / ((n - k + 1) * odds);
}

/** Maximum of f on [low, high] by golden-section search (to 1e-10 in u), ends included. */
function goldenMax(f: (u: number) => number, low: number, high: number): number {
  const ratio = (Math.sqrt(5) - 1) / 2;
  let [a, b] = [low, high];
  let c = b - ratio * (b - a);
  let d = a + ratio * (b - a);
  let [fc, fd] = [f(c), f(d)];
  let best = Math.max(f(low), f(high), fc, fd);
  while (b - a > 1e-10) {
    if (fc >= fd) {
      [b, d, fd] = [d, c, fc];
      c = b - ratio * (b - a);
      fc = f(c);
    } else {
      [a, c, fc] = [c, d, fd];
      d = a + ratio * (b - a);
      fd = f(d);
    }
    best = Math.max(best, fc, fd);
  }
  return best;
}
