import { armChecks } from './armChecks.js';
import { armMoments, type ArmMoments } from './armMoments.js';
import type { MetricStats } from './sufficientStats.js';
import type { MetricKind, StatsWarning } from './types.js';
import type { ReferenceDistribution } from './waldEstimate.js';
import { welchDegreesOfFreedom } from './welchDegreesOfFreedom.js';
import { deltaSe } from './relativeLift.js';
import { warning } from './warnings.js';

/** A point estimate and the variance of its sampling distribution. */
export interface MomentEstimate {
  readonly estimate: number;
  readonly variance: number;
}

/** Everything a Gaussian-approximation method needs about treatment versus control. */
export interface LiftMoments {
  readonly control: ArmMoments;
  readonly treatment: ArmMoments;
  /** mean_t − mean_c, Var = v_t/n_t + v_c/n_c (unpooled). */
  readonly absolute: MomentEstimate;
  /** mean_t / mean_c − 1 by the delta method; null when the control mean is ≤ 0. */
  readonly relative: MomentEstimate | null;
  /** Student t with Welch–Satterthwaite df for means; standard normal for proportions and ratios. */
  readonly reference: ReferenceDistribution;
  readonly warnings: StatsWarning[];
  /** False when an arm is empty, too small or has a zero denominator: nothing can be estimated. */
  readonly estimable: boolean;
}

/**
 * Means, lifts and their variances for one comparison: the shared first step of the fixed-horizon
 * tests here and of the sequential and Bayesian methods. O(1).
 *
 * @example liftMoments({ n: 100, sum: 10, sumSquares: 10 }, { n: 100, sum: 12, sumSquares: 12 }, 'proportion').absolute // { estimate: 0.02, variance: 0.001956 }
 */
export function liftMoments(control: MetricStats, treatment: MetricStats, kind: MetricKind): LiftMoments {
  const warnings = armChecks(control, treatment, kind);
  const c = armMoments(control, kind);
  const t = armMoments(treatment, kind);
  if (warnings.length === 0 && ![c.mean, t.mean, c.varianceOfMean, t.varianceOfMean].every(Number.isFinite)) {
    warnings.push(warning('NON_FINITE_STATISTICS'));
  }
  const estimable = warnings.length === 0;
  const absoluteVariance = t.varianceOfMean + c.varianceOfMean;
  const reference: ReferenceDistribution =
    kind === 'mean' && estimable ? { kind: 't', df: welchDegreesOfFreedom(c.varianceOfMean, c.n, t.varianceOfMean, t.n) } : { kind: 'normal' };
  if (!estimable) {
    return { control: c, treatment: t, absolute: { estimate: 0, variance: Infinity }, relative: null, reference, warnings, estimable };
  }
  if (absoluteVariance === 0) {
    warnings.push(warning('ZERO_VARIANCE'));
    // Two constant arms: a zero-width interval and p = 0 would claim certainty from no spread at
    // all (two units each!). Uninformative instead; conversions still get their score interval.
    if (kind !== 'proportion') return { control: c, treatment: t, absolute: { estimate: t.mean - c.mean, variance: Infinity }, relative: null, reference, warnings, estimable: false };
  }
  let relative: MomentEstimate | null = null;
  if (c.mean > 0) {
    const se = deltaSe({ numerator: t.mean, numeratorVariance: t.varianceOfMean, denominator: c.mean, denominatorVariance: c.varianceOfMean, covariance: 0, offset: 1 });
    relative = { estimate: t.mean / c.mean - 1, variance: se * se };
    if (!Number.isFinite(relative.estimate) || !Number.isFinite(relative.variance)) {
      relative = null;
      warnings.push(warning('NON_FINITE_STATISTICS', 'relative lift'));
    }
  } else {
    warnings.push(warning('NON_POSITIVE_CONTROL_MEAN', `control mean ${c.mean}`));
  }
  return { control: c, treatment: t, absolute: { estimate: t.mean - c.mean, variance: absoluteVariance }, relative, reference, warnings, estimable };
}
