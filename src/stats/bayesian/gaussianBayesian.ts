import { normalCdf, normalPdf, normalQuantile, normalSurvival } from '../distributions/index.js';
import type { Interval } from '../types.js';

/** Normal prior on the effect (absolute or relative lift, on the scale being analyzed). */
export interface GaussianPrior {
  readonly mean: number;
  /** Prior variance; must be positive. */
  readonly variance: number;
}

/** What a Bayesian comparison reports, on the scale of the effect analyzed. */
export interface BayesianResult {
  /** Posterior probability that the treatment is better (effect > 0). */
  readonly chanceToWin: number;
  /**
   * Expected loss, in the effect's units: `control` = E[max(Δ, 0)], what keeping control costs
   * if the treatment is better; `variant` = E[max(−Δ, 0)], what shipping the treatment costs if
   * it is worse.
   */
  readonly risk: { readonly control: number; readonly variant: number };
  /** Equal-tailed credible interval at 1 − alpha. */
  readonly ci: Interval;
  readonly posteriorMean: number;
  readonly posteriorSd: number;
}

export interface GaussianBayesianOptions {
  /** Credible interval level is 1 − alpha. Default 0.05. */
  readonly alpha?: number;
  /** Optional proper normal prior; without it the prior is flat and the posterior is the likelihood. */
  readonly prior?: GaussianPrior;
}

/**
 * Gaussian approximation to the posterior of an effect Δ with estimate Δ̂ and standard error s:
 * the likelihood is N(Δ̂, s²); a normal prior N(μ₀, σ₀²) gives by conjugacy
 *
 *   precision  = 1/s² + 1/σ₀²,   mean = (Δ̂/s² + μ₀/σ₀²) / precision,   sd = precision^(−1/2)
 *
 * (GrowthBook gbstats `EffectBayesianABTest`; Gelman et al., Bayesian Data Analysis, 3rd ed.,
 * §2.5). With posterior N(m, v), sd σ = √v, the chance to win is Φ(m/σ) and the expected losses are
 * the normal partial expectations (e.g. Winkler, Roodman & Britney 1972, "The determination of
 * partial moments", Management Science 19(3)):
 *
 *   risk.control = E[max(Δ, 0)]  = m Φ(m/σ) + σ φ(m/σ)
 *   risk.variant = E[max(−Δ, 0)] = −m Φ(−m/σ) + σ φ(m/σ)
 *
 * O(1).
 * @example gaussianBayesian({ estimate: 0.02, se: 0.01 }).chanceToWin // 0.9772498680518208
 */
export function gaussianBayesian(effect: { estimate: number; se: number }, options: GaussianBayesianOptions = {}): BayesianResult {
  const alpha = options.alpha ?? 0.05;
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must lie in (0, 1), got ${alpha}`);
  const { mean, sd } = gaussianPosterior(effect, options.prior);
  const z = normalQuantile(1 - alpha / 2);
  return { ...normalDecisionSummary(mean, sd), ci: [mean - z * sd, mean + z * sd], posteriorMean: mean, posteriorSd: sd };
}

/** Posterior mean and sd of the effect under an optional conjugate normal prior. */
export function gaussianPosterior(effect: { estimate: number; se: number }, prior?: GaussianPrior): { mean: number; sd: number } {
  if (prior === undefined) return { mean: effect.estimate, sd: effect.se };
  if (!(prior.variance > 0)) throw new RangeError(`prior variance must be positive, got ${prior.variance}`);
  if (effect.se === 0) return { mean: effect.estimate, sd: 0 };
  const dataPrecision = 1 / (effect.se * effect.se);
  const priorPrecision = 1 / prior.variance;
  const precision = dataPrecision + priorPrecision;
  return { mean: (effect.estimate * dataPrecision + prior.mean * priorPrecision) / precision, sd: Math.sqrt(1 / precision) };
}

/** Chance to win and both expected losses of a N(mean, sd²) effect; a point mass when sd = 0. */
export function normalDecisionSummary(mean: number, sd: number): Pick<BayesianResult, 'chanceToWin' | 'risk'> {
  if (sd === 0) {
    return { chanceToWin: mean > 0 ? 1 : 0, risk: { control: Math.max(mean, 0), variant: Math.max(-mean, 0) } };
  }
  const z = mean / sd;
  const density = sd * normalPdf(z);
  return {
    chanceToWin: normalCdf(z),
    risk: { control: mean * normalCdf(z) + density, variant: -mean * normalSurvival(z) + density },
  };
}
