import { chiSquareSurvival } from './distributions/chiSquareSurvival.js';

export interface CochranQResult {
  /** Q = Σ wᵢ (θ̂ᵢ − θ̄)², wᵢ = 1/seᵢ², θ̄ = Σ wᵢθ̂ᵢ / Σ wᵢ. */
  readonly statistic: number;
  /** k − 1 for k estimates with finite, positive se. */
  readonly df: number;
  /** P(χ²_df > Q); 1 when fewer than two estimates are usable. */
  readonly pValue: number;
  /** The inverse-variance weighted (fixed-effect) mean θ̄ and its se 1/√Σwᵢ. */
  readonly pooled: number;
  readonly pooledSe: number;
  /** I² = max(0, (Q − df)/Q): the share of the spread beyond chance (Higgins & Thompson 2002). */
  readonly iSquared: number;
  /** How many estimates entered (those with finite, positive se). */
  readonly used: number;
}

/**
 * Cochran's Q test of homogeneity of k independent estimates (Cochran 1954, "The combination of
 * estimates from different experiments", Biometrics 10:101–129): under H₀ (one common effect)
 * Q is asymptotically χ² on k − 1 df. Applied to the treatment effect in disjoint segments it is
 * the Wald test of the treatment × segment interaction with segment-specific variances. As
 * statsmodels `combine_effects(...).q` / `.test_homogeneity()`. Estimates whose se is not finite
 * and positive carry no weight and are left out. O(k).
 *
 * @example cochranQ([0.1, 0.3], [0.1, 0.1]).statistic // 2.0000000000000004
 */
export function cochranQ(estimates: readonly number[], ses: readonly number[]): CochranQResult {
  if (estimates.length !== ses.length) throw new RangeError(`cochranQ: ${estimates.length} estimates but ${ses.length} standard errors`);
  const usable = estimates.map((estimate, i) => ({ estimate, weight: 1 / (ses[i] * ses[i]) })).filter(({ estimate, weight }) => Number.isFinite(estimate) && weight > 0 && Number.isFinite(weight));
  const totalWeight = usable.reduce((sum, entry) => sum + entry.weight, 0);
  if (usable.length < 2) {
    const single = usable[0];
    return { statistic: 0, df: 0, pValue: 1, pooled: single?.estimate ?? NaN, pooledSe: single ? 1 / Math.sqrt(single.weight) : NaN, iSquared: 0, used: usable.length };
  }
  const pooled = usable.reduce((sum, entry) => sum + entry.weight * entry.estimate, 0) / totalWeight;
  const statistic = usable.reduce((sum, entry) => sum + entry.weight * (entry.estimate - pooled) * (entry.estimate - pooled), 0);
  const df = usable.length - 1;
  return {
    statistic,
    df,
    pValue: chiSquareSurvival(statistic, df),
    pooled,
    pooledSe: 1 / Math.sqrt(totalWeight),
    iSquared: statistic > df ? (statistic - df) / statistic : 0,
    used: usable.length,
  };
}
