import type { FitEstimate } from '../sim/scenario/fitRecord.js';
import { exp } from '../math/index.js';

/** z of a two-sided 90% normal interval (Φ⁻¹(0.95)). */
export const Z90 = 1.6448536269514722;

/** An estimate on its natural scale with a Wald 90% interval value ± 1.645·se (lower end floored at `floor`). */
export function waldEstimate(path: string, value: number, se: number, prior: number | undefined, method: string, floor = -Infinity, note?: string): FitEstimate {
  return { path, value, prior, se, interval: [Math.max(floor, value - Z90 * se), value + Z90 * se], method, held: false, ...(note === undefined ? {} : { note }) };
}

/**
 * An estimate of a positive quantity fitted on the log scale: log θ̂ with standard error s gives
 * the 90% interval θ̂·e^(±1.645 s) and, by the delta method, se(θ̂) ≈ θ̂·s.
 */
export function logScaleEstimate(path: string, logValue: number, logSe: number, prior: number | undefined, method: string, note?: string): FitEstimate {
  const value = exp(logValue);
  return {
    path, value, prior, se: value * logSe,
    interval: [exp(logValue - Z90 * logSe), exp(logValue + Z90 * logSe)],
    method, held: false, ...(note === undefined ? {} : { note }),
  };
}

/** A coefficient the data cannot speak to: kept at its prior value and flagged with why. */
export function heldEstimate(path: string, prior: number, note: string): FitEstimate {
  return { path, value: prior, prior, method: 'held', held: true, note };
}

/**
 * Ratio estimator Σa/Σb with its sandwich (linearisation) standard error
 * sqrt(Σ(a_i − r·b_i)²)/Σb; Cochran (1977), Sampling Techniques, §6.4.
 */
export function ratioWithSe(a: ArrayLike<number>, b: ArrayLike<number>): { ratio: number; se: number } {
  let sa = 0;
  let sb = 0;
  for (let i = 0; i < a.length; i++) {
    sa += a[i];
    sb += b[i];
  }
  const ratio = sb > 0 ? sa / sb : 0;
  let residual = 0;
  for (let i = 0; i < a.length; i++) residual += (a[i] - ratio * b[i]) ** 2;
  return { ratio, se: sb > 0 ? Math.sqrt(residual) / sb : Infinity };
}
