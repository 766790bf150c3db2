import { liftMoments } from '../liftMoments.js';
import { uninformativeEstimate } from '../waldEstimate.js';
import { confidenceSequence, DEFAULT_TUNING } from './confidenceSequence.js';
import { sequentialRho } from './sequentialRho.js';
/**
 * Asymptotic confidence sequences for the absolute and relative lift of one comparison, from the
 * cumulative sufficient statistics at the current look:
 *
 *   MetricStats (control, treatment) → liftMoments (estimate, variance; delta method for the
 *   relative lift) → confidenceSequence (half-width at N = n_c + n_t, always-valid p)
 *
 * Safe to recompute after every batch: the false-positive rate over all looks stays ≤ alpha
 * (asymptotically; see docs/sequential-and-bayesian.md and the peeking calibration run).
 * O(1).
 */
export function sequentialComparison(control, treatment, options = {}) {
    const moments = liftMoments(control, treatment, options.kind ?? 'mean');
    return sequentialFromMoments(moments, control.n + treatment.n, options);
}
/**
 * Confidence sequences from precomputed moments (for example CUPED-adjusted ones): the same
 * boundary applied to any asymptotically normal estimate.
 */
export function sequentialFromMoments(moments, totalN, options = {}) {
    const warnings = [...moments.warnings];
    if (!moments.estimable || !(totalN > 0)) {
        const rho = sequentialRho(options.alpha ?? 0.05, options.tuning ?? DEFAULT_TUNING, (options.sides ?? 'two') === 'two');
        return { absolute: { ...uninformativeEstimate(moments.absolute.estimate), halfWidth: Infinity, rho }, relative: null, warnings };
    }
    const toSequence = (m) => confidenceSequence({ estimate: m.estimate, se: Math.sqrt(m.variance) }, totalN, options);
    return { absolute: toSequence(moments.absolute), relative: moments.relative ? toSequence(moments.relative) : null, warnings };
}
//# sourceMappingURL=sequentialComparison.js.map