import { liftMoments } from '../liftMoments.js';
import type { MetricStats } from '../sufficientStats.js';
import type { MetricKind, StatsWarning } from '../types.js';
import { gaussianBayesian, type BayesianResult, type GaussianBayesianOptions } from './gaussianBayesian.js';

export interface BayesianComparisonOptions extends GaussianBayesianOptions {
  /** What the metric measures per unit. Default `mean`. */
  readonly kind?: MetricKind;
  /** Scale of the effect (and of the prior): relative lift (default, as GrowthBook) or absolute. */
  readonly scale?: 'relative' | 'absolute';
}

export interface BayesianComparison {
  readonly scale: 'relative' | 'absolute';
  /** Null when nothing can be estimated (empty arm, control mean ≤ 0 on the relative scale). */
  readonly result: BayesianResult | null;
  readonly warnings: StatsWarning[];
}

/**
 * Gaussian Bayesian comparison of two arms (GrowthBook's `EffectBayesianABTest`):
 *
 *   MetricStats → liftMoments (estimate, variance on the chosen scale) → gaussianBayesian
 *   (optional normal prior) → chance to win, expected losses, credible interval
 *
 * A prior is given on the chosen scale: for the relative lift, mean 0 and variance 0.3² is
 * GrowthBook's documented default for a weakly informative proper prior. O(1).
 */
export function bayesianComparison(control: MetricStats, treatment: MetricStats, options: BayesianComparisonOptions = {}): BayesianComparison {
  const scale = options.scale ?? 'relative';
  const moments = liftMoments(control, treatment, options.kind ?? 'mean');
  const effect = scale === 'relative' ? moments.relative : moments.absolute;
  if (!moments.estimable || effect === null) return { scale, result: null, warnings: moments.warnings };
  const result = gaussianBayesian({ estimate: effect.estimate, se: Math.sqrt(effect.variance) }, options);
  return { scale, result, warnings: moments.warnings };
}
