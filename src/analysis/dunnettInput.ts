import type { MetricStats } from '../stats/sufficientStats.js';
import type { Comparison, MetricKind, RatioOfEstimates } from '../stats/types.js';

/** What Dunnett's correction needs of one comparison besides its p-value. */
export interface DunnettInput {
  /** λ: Corr(Tᵢ, Tⱼ) = λᵢλⱼ through the shared control (src/stats/dunnettAdjust.ts). */
  readonly lambda: number;
  /** Degrees of freedom of the decision's t reference; Infinity for a normal one. */
  readonly df: number;
  /** Where λ came from: the arms' sizes (equal variances) or each arm's own variance of its mean. */
  readonly correlation: 'sizes' | 'variances';
}

/** The largest λ used (correlations up to 0.99); see dunnettInput. */
export const MAX_LAMBDA = 0.995;

/**
 * λ and the reference of one treatment-versus-control decision, for Dunnett's many-to-one
 * correction. Corr(Tᵢ, Tⱼ) = Var(control mean) / (seᵢ seⱼ), so λᵢ² is the control's share of the
 * variance of the difference:
 * - with each arm's variance of its mean (Welch, ratio metrics by the delta method,
 *   cluster-robust): λ² = v₀ / (v₀ + vᵢ), the estimated correlation of the statistics;
 * - CUPED: the same from the unadjusted arms (the pooled slope shrinks both arms' variances
 *   alike; the correlation of the adjusted statistics is not estimated separately);
 * - conversions under the pooled score test: λ² = nᵢ / (nᵢ + n₀), the statistics' correlation
 *   under the null all arms share one rate (Dunnett 1955's equal-variance form);
 *   it stays defined at 0% or 100% conversion, where the arms' own variances are 0.
 * λ is capped at MAX_LAMBDA: a larger one (a treatment arm whose own noise is under 1% of the
 * difference's variance) would need thousands of quadrature panels for the step it puts in the
 * integrand; a lower correlation only raises the adjusted p (Slepian's inequality), so the cap is
 * conservative.
 */
export function dunnettInput(kind: MetricKind, control: MetricStats, treatment: MetricStats, primary: Comparison, fixed: Comparison): DunnettInput {
  const df = primary.reference?.kind === 't' ? primary.reference.df : Infinity;
  // The pooled score test has no Wald reference (src/stats/compareProportions.ts).
  const scoreTest = kind === 'proportion' && primary.reference === undefined;
  const ratio = [primary.ratio, fixed.ratio].find(isPlainLift);
  if (!scoreTest) {
    const share = ratio ? ratio.denominatorVariance / (ratio.denominatorVariance + ratio.numeratorVariance) : NaN;
    if (share >= 0 && share <= 1) return { lambda: Math.min(MAX_LAMBDA, Math.sqrt(share)), df, correlation: 'variances' };
  }
  const sizes = treatment.n / (treatment.n + control.n);
  return { lambda: sizes >= 0 && sizes <= 1 ? Math.min(MAX_LAMBDA, Math.sqrt(sizes)) : 0, df, correlation: 'sizes' };
}

/** mean_t / mean_c − 1 with independent arms: its variances are each arm's variance of its mean. */
function isPlainLift(ratio: RatioOfEstimates | undefined): ratio is RatioOfEstimates {
  return ratio !== undefined && ratio.offset === 1 && ratio.covariance === 0;
}
