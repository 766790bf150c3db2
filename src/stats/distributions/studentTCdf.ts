import { incompleteBetaTails } from './incompleteBeta.js';
import { logBeta } from './logGamma.js';
import { normalSurvival } from './normalCdf.js';
import { exp, log, log1p } from '../../math/index.js';

/**
 * Student t distribution function F_ν(t), survival 1 − F_ν(t) and density, for any ν > 0
 * (non-integer ν from Welch–Satterthwaite included; ν = Infinity is the normal).
 *
 * P(|T| > |t|) = I_{ν/(ν+t²)}(ν/2, ½) (Abramowitz & Stegun 26.5.27 with 26.7.1), with
 * y = t²/(ν + t²) formed directly so tails down to 1e-300 keep full relative accuracy; the
 * incomplete beta comes from `incompleteBetaTails`. O(√ν) at worst.
 *
 * @example studentTSurvival(2.5, 10) // 0.015723422370640
 */
export function studentTCdf(t: number, df: number): number {
  return t > 0 ? 1 - upperTail(t, df) : upperTail(-t, df);
}

/** 1 − F_ν(t), accurate in the upper tail. */
export function studentTSurvival(t: number, df: number): number {
  return t > 0 ? upperTail(t, df) : 1 - upperTail(-t, df);
}

/** Density f_ν(t) = (1 + t²/ν)^(−(ν+1)/2) / (√ν B(ν/2, ½)). */
export function studentTPdf(t: number, df: number): number {
  if (df === Infinity) return exp(-0.5 * t * t) / Math.sqrt(2 * Math.PI);
  return exp(-((df + 1) / 2) * log1p((t * t) / df) - 0.5 * log(df) - logBeta(df / 2, 0.5));
}

/** P(T > s) for s ≥ 0. */
function upperTail(s: number, df: number): number {
  if (!(df > 0)) throw new RangeError(`studentT: degrees of freedom ${df} must be positive`);
  if (Number.isNaN(s)) return NaN;
  if (df === Infinity) return normalSurvival(s);
  if (s === 0) return 0.5;
  if (s === Infinity) return 0;
  const square = s * s;
  if (square === Infinity) return 0;
  const x = df / (df + square);
  const y = square / (df + square);
  // log x = −log(1 + t²/ν) exactly enough even when it is multiplied by ν/2 = 5e8.
  const logX = -log1p(square / df);
  return 0.5 * incompleteBetaTails(x, y, df / 2, 0.5, logX, log(y))[0];
}

