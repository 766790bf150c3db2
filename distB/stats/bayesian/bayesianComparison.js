import { liftMoments } from '../liftMoments.js';
import { gaussianBayesian } from './gaussianBayesian.js';
/**
 * Gaussian Bayesian comparison of two arms (GrowthBook's `EffectBayesianABTest`):
 *
 *   MetricStats → liftMoments (estimate, variance on the chosen scale) → gaussianBayesian
 *   (optional normal prior) → chance to win, expected losses, credible interval
 *
 * A prior is given on the chosen scale: for the relative lift, mean 0 and variance 0.3² is
 * GrowthBook's documented default for a weakly informative proper prior. O(1).
 */
export function bayesianComparison(control, treatment, options = {}) {
    const scale = options.scale ?? 'relative';
    const moments = liftMoments(control, treatment, options.kind ?? 'mean');
    const effect = scale === 'relative' ? moments.relative : moments.absolute;
    if (!moments.estimable || effect === null)
        return { scale, result: null, warnings: moments.warnings };
    const result = gaussianBayesian({ estimate: effect.estimate, se: Math.sqrt(effect.variance) }, options);
    return { scale, result, warnings: moments.warnings };
}
//# sourceMappingURL=bayesianComparison.js.map