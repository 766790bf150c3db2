import type { MetricStats } from '../sufficientStats.js';
import type { EffectEstimate } from '../types.js';
import { DEFAULT_TUNING } from './confidenceSequence.js';
import { sequentialRho } from './sequentialRho.js';
import { exp, log, log1p } from '../../math/index.js';

export interface MsprtOptions {
  /** Type I error over the whole, continuously monitored experiment. Default 0.05. */
  readonly alpha?: number;
  /**
   * Mixing variance τ² of the normal prior N(0, τ²) on the difference in conversion rates, in
   * squared rate units (0.005² = 2.5e-5 for lifts of about half a point). Default: ρ²·σ̂², the
   * mixture that makes the test tightest at `tuning` total units (see `defaultMixingVariance`).
   */
  readonly tau2?: number;
  /** Tuning sample size n* used for the default τ² (total units). Default 5,000. */
  readonly tuning?: number;
  /** Always-valid p-value at the previous look; the p-value never increases. Default 1. */
  readonly previousPValue?: number;
}

export interface MsprtResult extends EffectEstimate {
  /** Mixture likelihood ratio Λ of H1 (θ ~ N(0, τ²)) against H0 (θ = 0). */
  readonly likelihoodRatio: number;
  readonly logLikelihoodRatio: number;
  /** Mixing variance actually used. */
  readonly tau2: number;
  /** `reject` once the always-valid p-value is at or below alpha; otherwise keep collecting. */
  readonly decision: 'reject' | 'continue';
}

/**
 * Mixture sequential probability ratio test (mSPRT) for the difference of two conversion rates,
 * θ = p_B − p_A, under the normal approximation θ̂ ~ N(θ, V), V = p̂_A(1 − p̂_A)/n_A + p̂_B(1 − p̂_B)/n_B:
 *
 *   Λ = sqrt(V / (V + τ²)) · exp( τ² θ̂² / (2 V (V + τ²)) )
 *   p_n = min(p_{n−1}, 1 / Λ_n)            (always-valid p-value, p_0 = 1)
 *   CI_n = θ̂ ± sqrt( V (V + τ²) / τ² · (2 ln(1/α) + ln((V + τ²) / V)) )   ({θ₀ : Λ_n(θ₀) < 1/α})
 *
 * Source: Johari, Pekelis, Walsh (2022), "Always valid inference: continuous monitoring of A/B
 * tests", Operations Research 70(3), §4 (normal mixture, two-sample case) — first as Johari,
 * Koomen, Pekelis, Walsh (2017), "Peeking at A/B tests", KDD.
 *
 * Pass the cumulative statistics at each look with the previous p-value (or use `msprtSequence`).
 * For a strictly fixed mixture over the whole experiment, pass `tau2` explicitly.
 * O(1).
 */
export function msprt(control: MetricStats, treatment: MetricStats, options: MsprtOptions = {}): MsprtResult {
  const alpha = options.alpha ?? 0.05;
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must lie in (0, 1), got ${alpha}`);
  if (control.n < 1 || treatment.n < 1) throw new RangeError('mSPRT needs at least one unit in each arm');
  const rateA = control.sum / control.n;
  const rateB = treatment.sum / treatment.n;
  const estimate = rateB - rateA;
  const variance = (rateA * (1 - rateA)) / control.n + (rateB * (1 - rateB)) / treatment.n;
  const tau2 = options.tau2 ?? defaultMixingVariance(variance, control.n + treatment.n, alpha, options.tuning ?? DEFAULT_TUNING);
  if (!(tau2 > 0)) throw new RangeError(`tau2 must be positive, got ${tau2}`);
  const logLikelihoodRatio = mixtureLogLikelihoodRatio(estimate, variance, tau2);
  const pValue = Math.min(options.previousPValue ?? 1, exp(-Math.max(0, logLikelihoodRatio)));
  const se = Math.sqrt(variance);
  const halfWidth = Math.sqrt(((variance * (variance + tau2)) / tau2) * (2 * log(1 / alpha) + log1p(tau2 / variance)));
  return {
    estimate,
    se,
    ci: variance > 0 ? [estimate - halfWidth, estimate + halfWidth] : [estimate, estimate],
    pValue,
    likelihoodRatio: exp(logLikelihoodRatio),
    logLikelihoodRatio,
    tau2,
    decision: pValue <= alpha ? 'reject' : 'continue',
  };
}

/** ln Λ of the normal-mixture likelihood ratio; +∞ for a non-zero estimate with zero variance. */
export function mixtureLogLikelihoodRatio(estimate: number, variance: number, tau2: number): number {
  if (variance === 0) return estimate === 0 ? 0 : Infinity;
  const total = variance + tau2;
  return 0.5 * log(variance / total) + (tau2 * estimate * estimate) / (2 * variance * total);
}

/**
 * Default mixing variance τ² = ρ²·σ̂², σ̂² = N·V the per-unit variance of θ̂ and ρ the confidence
 * sequence's tuned parameter (`sequentialRho`). This puts the tightest point of the mSPRT boundary
 * at N = `tuning`; at a single look the mSPRT p-value then equals the asymptotic confidence
 * sequence's always-valid p-value (the two are the same normal mixture).
 */
export function defaultMixingVariance(variance: number, totalN: number, alpha: number, tuning: number): number {
  const rho = sequentialRho(alpha, tuning, true);
  const perUnit = variance * totalN;
  // All-zero or all-one data have no variance yet; any positive τ² keeps Λ = 1 there.
  return perUnit > 0 ? rho * rho * perUnit : rho * rho;
}
