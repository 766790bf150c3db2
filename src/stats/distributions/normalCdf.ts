import { erfc } from './erfc.js';
import { exp } from '../../math/index.js';

/**
 * Standard normal distribution function Φ(x), its survival 1 − Φ(x) and its density, each
 * computed from Cody's erfc so both tails keep full relative accuracy (Φ(−37) ≈ 5.7e-300).
 * O(1).
 *
 * @example normalCdf(1.959963984540054) // 0.975
 */
export function normalCdf(x: number): number {
  return 0.5 * erfc(-x / Math.SQRT2);
}

/** 1 − Φ(x), accurate in the upper tail. @example normalSurvival(8) // 6.22096057427178e-16 */
export function normalSurvival(x: number): number {
  return 0.5 * erfc(x / Math.SQRT2);
}

/** Standard normal density φ(x) = exp(−x²/2)/√(2π). */
export function normalPdf(x: number): number {
  return exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
}
