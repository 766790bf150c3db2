import { mean, type MetricStats } from '../../stats/sufficientStats.js';

/**
 * Normal–Inverse-Gamma belief about an arm's mean reward μ (revenue per session) and the
 * session-to-session variance σ²:  σ² ~ InvGamma(shape, rate),  μ | σ² ~ Normal(mean, σ² / strength).
 * `strength` (κ) counts how many sessions the prior mean is worth; `shape` (α) and `rate` (β) are
 * the inverse-gamma parameters of σ².
 */
export interface NormalInverseGamma {
  readonly mean: number;
  readonly strength: number;
  readonly shape: number;
  readonly rate: number;
}

/**
 * The reference prior p(μ, σ²) ∝ 1/σ² as the limit NIG(·, κ = 0, α = −½, β = 0). It is improper:
 * an arm needs 2 sessions before its posterior is proper, which is why Thompson sampling starts
 * with a round-robin warm-up. With it the posterior of μ after n sessions is Student-t with n − 1
 * degrees of freedom, location x̄ and scale s/√n (Gelman et al., Bayesian Data Analysis, 3rd ed.,
 * §3.2), so the posterior says exactly what the data say.
 */
export const REFERENCE_PRIOR: NormalInverseGamma = Object.freeze({ mean: 0, strength: 0, shape: -0.5, rate: 0 });

/** Student-t marginal of μ: location + scale · T_df. */
export interface StudentT {
  readonly df: number;
  readonly location: number;
  readonly scale: number;
}

/**
 * Conjugate update of a NIG prior with n rewards given by their sufficient statistics
 * (n, Σx, Σx², around their shift K when set). With x̄ = K + Σ(x − K)/n and
 * S = Σ(x − x̄)² = Σ(x − K)² − (Σ(x − K))²/n (shift-invariant; Chan, Golub & LeVeque 1983, so
 * rewards near 1e12 with a spread of 100 keep their variance):
 *
 *   κₙ = κ₀ + n,  μₙ = (κ₀μ₀ + n x̄)/κₙ,  αₙ = α₀ + n/2,  βₙ = β₀ + S/2 + κ₀ n (x̄ − μ₀)² / (2κₙ)
 *
 * Source: Murphy (2007), "Conjugate Bayesian analysis of the Gaussian distribution", §6;
 * Gelman et al., BDA3 §3.3 in the scaled-inverse-χ² parameterization
 * (ν = 2α, σ² = β/α). O(1).
 *
 * @example normalInverseGammaPosterior(REFERENCE_PRIOR, { n: 3, sum: 6, sumSquares: 14 }) // { mean: 2, strength: 3, shape: 1, rate: 1 }
 */
export function normalInverseGammaPosterior(prior: NormalInverseGamma, rewards: MetricStats): NormalInverseGamma {
  const n = rewards.n;
  if (n === 0) return prior;
  const sampleMean = mean(rewards);
  // Cancellation can leave a tiny negative; the sum of squared deviations is never negative.
  const deviations = Math.max(0, rewards.sumSquares - (rewards.sum * rewards.sum) / n);
  const strength = prior.strength + n;
  const shift = prior.strength === 0 ? 0 : (prior.strength * n * (sampleMean - prior.mean) ** 2) / (2 * strength);
  return {
    mean: (prior.strength * prior.mean + n * sampleMean) / strength,
    strength,
    shape: prior.shape + n / 2,
    rate: prior.rate + deviations / 2 + shift,
  };
}

/** Whether the belief is a proper distribution (κ > 0, α > 0, β ≥ 0): only then can it be sampled. */
export function isProper(belief: NormalInverseGamma): boolean {
  return belief.strength > 0 && belief.shape > 0 && belief.rate >= 0;
}

/**
 * Marginal posterior of μ: Student-t with 2α degrees of freedom, location μₙ and scale
 * √(β / (α κ)) (Murphy 2007, §6; BDA3 §3.3). Throws on an improper belief (programmer error:
 * callers warm up first).
 */
export function meanMarginal(belief: NormalInverseGamma): StudentT {
  if (!isProper(belief)) throw new RangeError(`improper Normal-Inverse-Gamma belief ${JSON.stringify(belief)}`);
  return { df: 2 * belief.shape, location: belief.mean, scale: Math.sqrt(belief.rate / (belief.shape * belief.strength)) };
}
