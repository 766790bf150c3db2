import { comparisonFromMoments } from './comparisonFromMoments.js';
import { liftMoments } from './liftMoments.js';
import { DEFAULT_ANALYSIS_OPTIONS } from './types.js';
/**
 * Ratio metrics (Σx / Σd per arm: revenue per order, revenue per minute watched) by the delta
 * method: Var(R) ≈ (s²ₓ − 2R sₓd + R² s²_d) / (n d̄²) per arm (Deng, Knoblich & Lu, KDD 2018;
 * GrowthBook `RatioStatistic`), z-test on R_t − R_c against the standard normal (the delta method
 * is asymptotic; a t reference would claim precision it does not have). Relative lift
 * R_t / R_c − 1 by the delta method or Fieller. Each arm needs `denominator` sums. O(1).
 *
 * Warnings: as `compareMeans`, plus ZERO_DENOMINATOR (uninformative result).
 */
export function compareRatios(control, treatment, options = DEFAULT_ANALYSIS_OPTIONS) {
    return comparisonFromMoments(liftMoments(control, treatment, 'ratio'), options);
}
//# sourceMappingURL=compareRatios.js.map