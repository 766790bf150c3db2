import type { Binomial } from '../proportionScore.js';
import type { Sides } from '../types.js';
import { exp } from '../../math/index.js';
import { logChooseRow, maxTailProbability } from './maxTailProbability.js';
import { staircase } from './staircase.js';

/** Boschloo's exact unconditional test of p_t = p_c. */
export interface BoschlooResult {
  /** Exact unconditional p-value (two-sided: twice the smaller one-sided p, at most 1, as scipy). */
  readonly pValue: number;
  /** The ordering statistic of the observed table: Fisher's one-sided p in the direction that decided. */
  readonly statistic: number;
}

/** Tolerance of "Fisher p ≤ observed", as scipy.stats.boschloo_exact (1 + 1e-13). */
const TIES = 1 + 1e-13;

/**
 * Boschloo's exact unconditional test (Boschloo 1970, Statistica Neerlandica 24:1–9): tables are
 * ordered by Fisher's one-sided conditional p-value, and the p-value is the largest probability,
 * over the common rate π ∈ [0, 1] of both arms, of a table at most as likely under Fisher's test as
 * the observed one (see maxTailProbability). Uniformly more powerful than Fisher's exact test.
 * `greater`: H₁ p_t > p_c; `less`: p_t < p_c; two-sided: 2·min(greater, less) capped at 1, as
 * scipy.stats.boschloo_exact. O((n_t + n_c)²) for the region, O(n_t + n_c) per nuisance.
 *
 * @example boschlooExact({ x: 7, n: 12 }, { x: 2, n: 12 }, 'greater').pValue
 */
export function boschlooExact(treatment: Binomial, control: Binomial, sides: Sides): BoschlooResult {
  if (sides === 'greater') return greater(treatment, control);
  if (sides === 'less') return greater(control, treatment);
  const [up, down] = [greater(treatment, control), greater(control, treatment)];
  const decided = up.pValue < down.pValue ? up : down;
  return { pValue: Math.min(1, 2 * decided.pValue), statistic: decided.statistic };
}

function greater(treatment: Binomial, control: Binomial): BoschlooResult {
  const { n: nt } = treatment;
  const { n: nc } = control;
  const fisher = fisherGreater(nt, nc);
  const statistic = fisher(treatment.x, control.x);
  const bound = statistic * TIES;
  const thresholds = staircase(nt, nc, (xt, xc) => fisher(xt, xc) <= bound);
  const pValue = maxTailProbability(nt, nc, thresholds, (u) => [u, u]);
  return { pValue, statistic };
}

/**
 * Fisher's one-sided p towards "treatment higher" of the table (x_t, x_c): P(X ≥ x_t) under the
 * hypergeometric law of the treatment's conversions given the m = x_t + x_c conversions.
 */
function fisherGreater(nt: number, nc: number): (xt: number, xc: number) => number {
  const [rowT, rowC] = [logChooseRow(nt), logChooseRow(nc)];
  return (xt, xc) => {
    const m = xt + xc;
    const [low, high] = [Math.max(0, m - nc), Math.min(nt, m)];
    let top = -Infinity;
    for (let k = low; k <= high; k++) top = Math.max(top, rowT[k] + rowC[m - k]);
    let [tail, total] = [0, 0];
    for (let k = low; k <= high; k++) {
      const w = exp(rowT[k] + rowC[m - k] - top);
      total += w;
      if (k >= xt) tail += w;
    }
    return tail / total;
  };
}

