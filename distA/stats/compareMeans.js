import { comparisonFromMoments } from './comparisonFromMoments.js';
import { liftMoments } from './liftMoments.js';
import { DEFAULT_ANALYSIS_OPTIONS } from './types.js';
/**
 * Welch's t-test for a difference of means, with absolute and relative lift.
 *
 * t = (x̄_t − x̄_c) / √(s_t²/n_t + s_c²/n_c), Welch–Satterthwaite df (Welch 1947); the same
 * statistic, p-value and interval as scipy `ttest_ind(treatment, control, equal_var=False,
 * alternative=...)` and its `confidence_interval`. Relative lift x̄_t / x̄_c − 1 by the delta
 * method or Fieller's theorem, referred to the same t distribution. O(1).
 *
 * Warnings: EMPTY_ARM, TOO_FEW_UNITS (uninformative result: se ∞, CI (−∞, ∞), p = 1),
 * ZERO_VARIANCE, NON_POSITIVE_CONTROL_MEAN (relative null), FIELLER_UNBOUNDED / FIELLER_DISJOINT.
 *
 * @example compareMeans(statsFromValues([1, 2, 3, 4]), statsFromValues([2, 3, 4, 5])).absolute.pValue // 0.3178…
 */
export function compareMeans(control, treatment, options = DEFAULT_ANALYSIS_OPTIONS) {
    return comparisonFromMoments(liftMoments(control, treatment, 'mean'), options);
}
//# sourceMappingURL=compareMeans.js.map