import { log } from '../../math/index.js';

/**
 * Mixing parameter ρ of the asymptotic confidence sequence, chosen so that the sequence is
 * tightest when the total sample size reaches the tuning size n*.
 *
 *   two-sided: ρ = sqrt((−2 ln α + ln(1 − 2 ln α)) / n*)
 *   one-sided: the same with α replaced by 2α
 *
 * Source: Waudby-Smith, Arnold, Wu, Ramdas, Howard (2023), "Time-uniform central limit theory and
 * asymptotic confidence sequences", eq. (161) of arXiv:2103.06476v1 (the ρ that minimises the
 * boundary at n*); GrowthBook gbstats `sequential_rho` uses the same choice, and for one-sided
 * intervals the 2α version.
 *
 * O(1).
 * @example sequentialRho(0.05, 5000) // 0.03984006677137368
 */
export function sequentialRho(alpha: number, tuning: number, twoSided = true): number {
  if (!(tuning > 0) || !Number.isFinite(tuning)) throw new RangeError(`tuning must be a positive sample size, got ${tuning}`);
  const level = twoSided ? alpha : 2 * alpha;
  if (!(level > 0 && level < 1)) {
    throw new RangeError(`alpha must lie in (0, ${twoSided ? 1 : 0.5}) for a ${twoSided ? 'two' : 'one'}-sided sequence, got ${alpha}`);
  }
  const logAlpha = log(level);
  return Math.sqrt((-2 * logAlpha + log(1 - 2 * logAlpha)) / tuning);
}
