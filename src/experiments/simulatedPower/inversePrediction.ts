import { normalQuantile } from '../../stats/distributions/index.js';
import type { Interval } from '../../stats/types.js';
import type { ProbitFit } from './probitFit.js';

/** The design size at which the fitted curve reaches the target power, with its uncertainty. */
export interface SizeEstimate {
  /** n* = x*², x* = (Φ⁻¹(target) − a)/b; NaN when the fitted curve does not rise (b ≤ 0). */
  readonly size: number;
  /** Delta-method standard error of n*: 2x*·√(Var a + 2x*Cov + x*²Var b)/|b|. */
  readonly se: number;
  /** Fieller interval of n* at the given confidence; an end is Infinity when unbounded. */
  readonly interval: Interval;
}

/**
 * Inverse prediction on a probit power curve Φ(a + b·x), x = √size: the size where power reaches
 * `target`, and the set of sizes x² for which the target lies inside the curve's pointwise
 * confidence band (Fieller's theorem applied to x* = (q − a)/b; Finney, Probit Analysis, 3rd ed.,
 * 1971, §4.4). With q = Φ⁻¹(target) and z = Φ⁻¹(1 − (1 − confidence)/2), solve
 *
 *   (b² − z²V_bb)·x² + 2((a − q)b − z²V_ab)·x + (a − q)² − z²V_aa ≤ 0.
 *
 * When the slope is not significantly positive (b² ≤ z²V_bb) the interval is unbounded above.
 */
export function inversePrediction(fit: ProbitFit, target: number, confidence: number): SizeEstimate {
  const { intercept: a, slope: b } = fit;
  const [[vaa, vab], [, vbb]] = fit.covariance;
  const q = normalQuantile(target);
  if (!(b > 0)) return { size: NaN, se: NaN, interval: [0, Infinity] };
  const x = (q - a) / b;
  const se = (2 * Math.abs(x) * Math.sqrt(Math.max(0, vaa + 2 * x * vab + x * x * vbb))) / b;
  return { size: x > 0 ? x * x : 0, se, interval: fiellerSizes(a - q, b, vaa, vab, vbb, normalQuantile(1 - (1 - confidence) / 2)) };
}

function fiellerSizes(shifted: number, b: number, vaa: number, vab: number, vbb: number, z: number): Interval {
  const z2 = z * z;
  const quadratic = b * b - z2 * vbb;
  const linear = 2 * (shifted * b - z2 * vab);
  const constant = shifted * shifted - z2 * vaa;
  const discriminant = linear * linear - 4 * quadratic * constant;
  if (!(quadratic > 0) || discriminant < 0) return [0, Infinity];
  const root = Math.sqrt(discriminant);
  const lower = (-linear - root) / (2 * quadratic);
  const upper = (-linear + root) / (2 * quadratic);
  if (upper <= 0) return [0, 0];
  return [lower > 0 ? lower * lower : 0, upper * upper];
}
