import { chiSquareCdf } from './chiSquareSurvival.js';

/**
 * Chi-square quantile F_k⁻¹(p): bisection on P(χ²_k ≤ x) = p (the cdf is increasing), to about
 * 1e-14 relative. Used for the interval of a variance estimated with k degrees of freedom,
 * k·s²/χ²_{k,1−α/2} … k·s²/χ²_{k,α/2} (e.g. Casella & Berger 2002, §9.2.2).
 *
 * @example chiSquareQuantile(0.95, 1) // 3.841458820694124
 */
export function chiSquareQuantile(p: number, df: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`chiSquareQuantile: probability ${p} is outside [0, 1]`);
  if (!(df > 0)) throw new RangeError(`chiSquareQuantile: degrees of freedom ${df} must be positive`);
  if (p === 0) return 0;
  if (p === 1) return Infinity;
  let low = 0;
  let high = Math.max(1, df);
  while (chiSquareCdf(high, df) < p) high *= 2;
  for (let i = 0; i < 200 && high - low > 1e-15 * high; i++) {
    const middle = (low + high) / 2;
    if (chiSquareCdf(middle, df) < p) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}
