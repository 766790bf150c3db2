import { chiSquareQuantile, studentTQuantile } from '../stats/distributions/index.js';
import { exp, log } from '../math/index.js';

/**
 * Pseudo degrees of freedom given to the plan's own spread when it is pooled with the sessions'
 * (below). 2: the plan's assumed spread counts as much as three sessions. An assumption: with the
 * one or two degrees of freedom of two or three sessions alone, the spread's interval reaches
 * 20–30× its estimate and draws from it predict sessions no analyst would plan for.
 */
export const PRIOR_DF = 2;

/** Between-session standard deviation of a log-scale session quantity (e.g. log arrivals). */
export interface SpreadEstimate {
  /** Method-of-moments estimate from the sessions alone: √max(0, s² − v̄). */
  moment: number;
  /** Pooled with the plan's value: √((ν₀σ₀² + (S − 1)·moment²) / ν), ν = ν₀ + S − 1. */
  pooled: number;
  /** ν. */
  df: number;
  /** 90% interval of the spread: √(ν·pooled² / χ²_{ν,0.95}) … √(ν·pooled² / χ²_{ν,0.05}). */
  interval: [number, number];
  /** Delta-method standard error pooled / √(2ν). */
  se: number;
}

/**
 * Session-level spread σ of a quantity measured once per session on the log scale, y_s = μ + σZ_s
 * + e_s, with e_s the sampling error of session s (variance v_s, known): the method-of-moments
 * estimate σ̂² = max(0, s_y² − v̄) (the one-way random-effects moment estimator; DerSimonian &
 * Laird 1986 with equal weights), pooled with the plan's value σ₀ as a scaled inverse-χ² prior of
 * ν₀ = PRIOR_DF degrees of freedom (Gelman et al. 2013, Bayesian Data Analysis, §3.3), with the
 * χ² interval of that posterior. Needs S ≥ 2 values.
 */
export function sessionSpread(values: ArrayLike<number>, samplingVariances: ArrayLike<number>, priorSd: number, priorDf = PRIOR_DF): SpreadEstimate {
  const S = values.length;
  if (S < 2) throw new RangeError(`sessionSpread: needs at least two sessions, got ${S}`);
  let mean = 0;
  let meanVariance = 0;
  for (let s = 0; s < S; s++) {
    mean += values[s] / S;
    meanVariance += samplingVariances[s] / S;
  }
  let squares = 0;
  for (let s = 0; s < S; s++) squares += (values[s] - mean) * (values[s] - mean);
  const momentVariance = Math.max(0, squares / (S - 1) - meanVariance);
  const df = priorDf + S - 1;
  const pooledVariance = (priorDf * priorSd * priorSd + (S - 1) * momentVariance) / df;
  const pooled = Math.sqrt(pooledVariance);
  return {
    moment: Math.sqrt(momentVariance),
    pooled,
    df,
    interval: [Math.sqrt((df * pooledVariance) / chiSquareQuantile(0.95, df)), Math.sqrt((df * pooledVariance) / chiSquareQuantile(0.05, df))],
    se: pooled / Math.sqrt(2 * df),
  };
}

/**
 * Where the next session's total may land, from the S past sessions' totals alone: the 90%
 * prediction interval of a normal sample on the log scale, exp(ȳ ± t_{S−1,0.95}·s·√(1 + 1/S))
 * (Hahn & Meeker 1991, Statistical Intervals, §4.6). Null with fewer than two sessions or a zero total.
 */
export function nextSessionInterval(totals: ArrayLike<number>): [number, number] | null {
  const S = totals.length;
  if (S < 2) return null;
  const y = Array.from(totals, (total) => (total > 0 ? log(total) : NaN));
  if (y.some((value) => Number.isNaN(value))) return null;
  const mean = y.reduce((a, b) => a + b, 0) / S;
  const sd = Math.sqrt(y.reduce((sum, value) => sum + (value - mean) * (value - mean), 0) / (S - 1));
  const half = studentTQuantile(0.95, S - 1) * sd * Math.sqrt(1 + 1 / S);
  return [exp(mean - half), exp(mean + half)];
}
