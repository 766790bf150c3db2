import type { EffectEstimate, Interval, RatioOfEstimates, Sides, StatsWarning } from './types.js';
import { waldEstimate, type ReferenceDistribution } from './waldEstimate.js';
import { normalQuantile } from './distributions/normalQuantile.js';
import { studentTQuantile } from './distributions/studentTQuantile.js';
import { warning } from './warnings.js';

export type { RatioOfEstimates };

/**
 * Relative lift by the delta method: g(A, B) = A / B has
 * Var ≈ Var(A)/B² − 2A·Cov(A, B)/B³ + A²·Var(B)/B⁴ (Casella & Berger, Statistical Inference,
 * §5.5.4; for lifts: Deng et al., KDD 2018, §3.2; GrowthBook `frequentist_variance_relative`).
 * Interval estimate ± q·se. This interval does NOT invert the decision test (its z is smaller
 * than the test's whenever the treatment mean is higher), so the p-value reported with it is the
 * decision test's (`nullTestPValue`), never a separate delta-method p: one comparison, one p.
 * The caller guarantees B > 0. O(1).
 */
export function relativeLiftDelta(ratio: RatioOfEstimates, reference: ReferenceDistribution, alpha: number, sides: Sides): EffectEstimate {
  const wald = waldEstimate(ratio.numerator / ratio.denominator - ratio.offset, deltaSe(ratio), reference, alpha, sides);
  return { ...wald, pValue: nullTestPValue(ratio, reference, alpha, sides) };
}

/**
 * p-value of the test of "lift = 0", i.e. A − offset·B = 0, with
 * Var(A) − 2·offset·Cov(A, B) + offset²·Var(B): for a plain lift (offset 1, independent arms) the
 * test of the absolute difference, for CUPED (offset 0) the test of the adjusted difference.
 */
export function nullTestPValue(ratio: RatioOfEstimates, reference: ReferenceDistribution, alpha: number, sides: Sides): number {
  const { numerator: a, denominator: b, numeratorVariance: va, denominatorVariance: vb, covariance: c, offset } = ratio;
  const nullSe = Math.sqrt(Math.max(0, va - 2 * offset * c + offset * offset * vb));
  return waldEstimate(a - offset * b, nullSe, reference, alpha, sides).pValue;
}

/**
 * The relative lift of `ratio` with its interval at the critical value q of any test of A − ρB = 0 (a
 * quantile, or the half-width factor of a confidence sequence), with `pValue` the p of that test
 * at ρ = offset. `method` 'fieller' gives Fieller's set (it excludes 0 exactly when the test
 * rejects), 'delta' the delta-method interval estimate ± q·se. O(1).
 */
export function relativeLiftAt(
  ratio: RatioOfEstimates,
  q: number,
  sides: Sides,
  pValue: number,
  method: 'delta' | 'fieller',
): { estimate: EffectEstimate; warnings: StatsWarning[] } {
  const estimate = ratio.numerator / ratio.denominator - ratio.offset;
  const se = deltaSe(ratio);
  if (method === 'delta') {
    const ci: Interval = sides === 'two' ? [estimate - q * se, estimate + q * se] : sides === 'greater' ? [estimate - q * se, Infinity] : [-Infinity, estimate + q * se];
    return { estimate: { estimate, se, ci, pValue }, warnings: [] };
  }
  const roots = fiellerRoots(ratio, q);
  if (roots === 'FIELLER_UNBOUNDED' || roots === 'FIELLER_DISJOINT') {
    return { estimate: { estimate, se, ci: [-Infinity, Infinity], pValue }, warnings: [warning(roots)] };
  }
  // The set always holds A/B (there (A − ρB)² = 0 ≤ q²·Var); when Var(A − ρB) is ~0 there, the
  // roots straddle it only up to rounding, so it is kept inside explicitly.
  const [lower, upper] = [Math.min(roots[0] - ratio.offset, estimate), Math.max(roots[1] - ratio.offset, estimate)];
  const ci: Interval = sides === 'two' ? [lower, upper] : sides === 'greater' ? [lower, Infinity] : [-Infinity, upper];
  return { estimate: { estimate, se, ci, pValue }, warnings: [] };
}

/**
 * Delta-method standard error of A / B, as √(V_A − 2rC + r²V_B) / |B| with r = A/B: the same
 * quantity, but B² is never formed, so tiny B (1e-200) does not underflow to 0/0.
 */
export function deltaSe(ratio: RatioOfEstimates): number {
  const r = ratio.numerator / ratio.denominator;
  // Skip zero terms explicitly: r can be huge (tiny control mean) and ∞ · 0 would give NaN.
  const cross = ratio.covariance === 0 ? 0 : 2 * r * ratio.covariance;
  const denominatorTerm = ratio.denominatorVariance === 0 ? 0 : r * r * ratio.denominatorVariance;
  const variance = ratio.numeratorVariance - cross + denominatorTerm;
  return Math.sqrt(Math.max(0, variance)) / Math.abs(ratio.denominator);
}

/**
 * Relative lift with Fieller's interval: the set of ρ with (A − ρB)² ≤ q²·Var(A − ρB), i.e.
 * the roots of (B² − q²V_B)ρ² − 2(AB − q²C)ρ + (A² − q²V_A) ≤ 0 (Fieller 1954, JRSS B 16:175–185;
 * Franz 2007, "Ratios: a short guide to confidence limits and proper use", arXiv:0710.2024).
 * Bounded only when B² > q²V_B (B significantly non-zero); otherwise the set is the whole line
 * or two disjoint rays, reported as (−∞, ∞) with FIELLER_UNBOUNDED / FIELLER_DISJOINT.
 * One-sided: the smaller root (greater) or the larger root (less), with q = q₁₋α.
 *
 * The p-value inverts the same set at lift 0 (ρ = offset): `nullTestPValue`, so "interval
 * excludes 0 ⇔ p < alpha" holds exactly. The reported se is the delta-method se (Fieller's set
 * has no standard error). O(1).
 */
export function relativeLiftFieller(
  ratio: RatioOfEstimates,
  reference: ReferenceDistribution,
  alpha: number,
  sides: Sides,
): { estimate: EffectEstimate; warnings: StatsWarning[] } {
  const q = upperQuantile(reference, sides === 'two' ? alpha / 2 : alpha);
  return relativeLiftAt(ratio, q, sides, nullTestPValue(ratio, reference, alpha, sides), 'fieller');
}

/** The relative lift by the method asked for; its p-value is always the decision test's. */
export function relativeLift(
  ratio: RatioOfEstimates,
  reference: ReferenceDistribution,
  alpha: number,
  sides: Sides,
  method: 'delta' | 'fieller',
): { estimate: EffectEstimate; warnings: StatsWarning[] } {
  if (method === 'delta') return { estimate: relativeLiftDelta(ratio, reference, alpha, sides), warnings: [] };
  return relativeLiftFieller(ratio, reference, alpha, sides);
}

/**
 * Roots of the Fieller quadratic for ρ = A/B at critical value q, or the kind of unbounded set.
 * A and B are first scaled to order 1 (ρ = (s_A/s_B)ρ′) so squares of 1e200 cannot overflow.
 */
function fiellerRoots(ratio: RatioOfEstimates, q: number): [number, number] | 'FIELLER_UNBOUNDED' | 'FIELLER_DISJOINT' {
  const scaleA = Math.max(Math.abs(ratio.numerator), Math.sqrt(ratio.numeratorVariance)) || 1;
  const scaleB = Math.max(Math.abs(ratio.denominator), Math.sqrt(ratio.denominatorVariance));
  const a = ratio.numerator / scaleA;
  const b = ratio.denominator / scaleB;
  const va = ratio.numeratorVariance / scaleA / scaleA;
  const vb = ratio.denominatorVariance / scaleB / scaleB;
  const c = ratio.covariance / scaleA / scaleB;
  const q2 = q * q;
  const quadratic = b * b - q2 * vb;
  const half = a * b - q2 * c;
  const constant = a * a - q2 * va;
  const discriminant = half * half - quadratic * constant;
  if (!(quadratic > 0)) return quadratic < 0 && discriminant > 0 ? 'FIELLER_DISJOINT' : 'FIELLER_UNBOUNDED';
  const root = Math.sqrt(Math.max(0, discriminant));
  // ρ = (s_A/s_B)·ρ′. With s_B near the bottom of the double range s_A/s_B overflows to ∞ where
  // ρ itself need not, and a root of exactly 0 would give 0·∞ = NaN.
  const ratioOfScales = scaleA / scaleB;
  const unscale = (scaled: number): number => (scaled === 0 ? 0 : Number.isFinite(ratioOfScales) ? scaled * ratioOfScales : (scaled * scaleA) / scaleB);
  return [unscale((half - root) / quadratic), unscale((half + root) / quadratic)];
}

export function upperQuantile(reference: ReferenceDistribution, tail: number): number {
  return reference.kind === 'normal' ? -normalQuantile(tail) : -studentTQuantile(tail, reference.df);
}
