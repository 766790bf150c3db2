import type { EffectEstimate, Sides } from '../types.js';
import { sequentialRho } from './sequentialRho.js';
import { exp, expm1, log, log1p } from '../../math/index.js';

/** Options shared by every sequential (peeking-safe) analysis. */
export interface SequentialOptions {
  /** Type I error over the whole, continuously monitored experiment. Default 0.05. */
  readonly alpha?: number;
  /** Tuning sample size n* (total units over both arms) where the sequence is tightest. Default 5,000. */
  readonly tuning?: number;
  /** Alternative: two-sided (default), treatment greater, treatment less. */
  readonly sides?: Sides;
  /**
   * Mixing parameter ρ, when it must not follow `alpha`: an interval at an adjusted level
   * (multiple comparisons) keeps the ρ tuned at the nominal alpha, so it excludes 0 exactly when
   * the always-valid p-value (which uses that ρ) is below the adjusted level. Default: tuned
   * from `tuning` at `alpha` (`sequentialRho`).
   */
  readonly rho?: number;
}

export const DEFAULT_TUNING = 5000;

/** An effect estimate and its standard error, from any asymptotically normal estimator. */
export interface EffectMoments {
  readonly estimate: number;
  readonly se: number;
}

/** A confidence sequence at one look: the effect with its always-valid interval and p-value. */
export interface SequentialEstimate extends EffectEstimate {
  /** Distance from the estimate to the finite end(s) of the interval. */
  readonly halfWidth: number;
  /** Mixing parameter used (tuned at `tuning` for the nominal alpha). */
  readonly rho: number;
}

/**
 * Asymptotic confidence sequence for an effect after N total units, and its always-valid p-value.
 *
 * With σ̂² = N·se² (the per-unit variance of the estimator) and r = Nρ²:
 *
 *   two-sided half-width  h = σ̂ · sqrt( 2(r + 1) / (N r) · ln( sqrt(r + 1) / α ) )
 *   one-sided half-width  h = σ̂ · sqrt( 2(r + 1) / (N r) · ln( 1 + sqrt(r + 1) / (2α) ) )
 *
 * The two-sided form is Theorem 2.2 / eq. (20) of Waudby-Smith et al. (2023), "Time-uniform
 * central limit theory and asymptotic confidence sequences" (arXiv:2103.06476); the one-sided form
 * is the closed-form one-sided normal-mixture bound of Howard, Ramdas, McAuliffe, Sekhon (2021,
 * Ann. Statist.), eq. (14). Both are the boundaries GrowthBook gbstats and Eppo use.
 *
 * The p-value is the smallest α′ at which the sequence (with ρ held at its tuned value) excludes
 * 0, so p ≤ α exactly when the interval at α excludes 0. Two-sided it is the inverse of the
 * normal-mixture e-value (eq. 155 of arXiv:2103.06476v7), with z = estimate / se:
 *
 *   two-sided  p = min(1, sqrt(r + 1) · exp(−r z² / (2(r + 1))))
 *   one-sided  p = min(1, sqrt(r + 1) / (2 (exp(r z² / (2(r + 1))) − 1)))   in the tested direction, else 1
 *
 * O(1).
 * @example confidenceSequence({ estimate: 0.1, se: 0.04 }, 2000).ci // [−0.02495…, 0.22495…] (fixed-horizon: [0.0216, 0.1784])
 */
export function confidenceSequence(effect: EffectMoments, totalN: number, options: SequentialOptions = {}): SequentialEstimate {
  const alpha = options.alpha ?? 0.05;
  const sides = options.sides ?? 'two';
  if (!(totalN > 0)) throw new RangeError(`total sample size must be positive, got ${totalN}`);
  const rho = options.rho ?? sequentialRho(alpha, options.tuning ?? DEFAULT_TUNING, sides === 'two');
  const halfWidth = effect.se * sequentialHalfWidthFactor(totalN, rho, alpha, sides);
  const { estimate } = effect;
  const ci: [number, number] =
    sides === 'two' ? [estimate - halfWidth, estimate + halfWidth]
    : sides === 'greater' ? [estimate - halfWidth, Infinity]
    : [-Infinity, estimate + halfWidth];
  const pValue = alwaysValidPValue(effect, totalN, rho, sides);
  return { estimate, se: effect.se, ci, pValue, halfWidth, rho };
}

/**
 * Half-width of the confidence sequence in units of the estimator's standard error: the
 * sequential counterpart of the normal quantile z(1 − α/2). Grows like sqrt(ln N) for large N.
 */
export function sequentialHalfWidthFactor(totalN: number, rho: number, alpha: number, sides: Sides = 'two'): number {
  const r = totalN * rho * rho;
  const logTerm = sides === 'two' ? log(Math.sqrt(r + 1) / alpha) : log1p(Math.sqrt(r + 1) / (2 * alpha));
  return Math.sqrt((2 * (r + 1) * logTerm) / r);
}

/** Always-valid p-value of the confidence sequence with mixing parameter ρ (see confidenceSequence). */
export function alwaysValidPValue(effect: EffectMoments, totalN: number, rho: number, sides: Sides = 'two'): number {
  const { estimate, se } = effect;
  if (se === 0) return estimate === 0 || (sides === 'greater' && estimate < 0) || (sides === 'less' && estimate > 0) ? 1 : 0;
  const r = totalN * rho * rho;
  const z = estimate / se;
  const exponent = (r * z * z) / (2 * (r + 1));
  if (sides === 'two') return Math.min(1, Math.sqrt(r + 1) * exp(-exponent));
  const favoured = sides === 'greater' ? z > 0 : z < 0;
  if (!favoured) return 1;
  return Math.min(1, Math.sqrt(r + 1) / (2 * expm1(exponent)));
}
