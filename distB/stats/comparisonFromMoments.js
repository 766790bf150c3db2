import { relativeLiftDelta, relativeLiftFieller } from './relativeLift.js';
import { uninformativeEstimate, waldEstimate } from './waldEstimate.js';
/**
 * Absolute and relative lift from `liftMoments`:
 *
 *   moments → absolute (Wald / Welch on mean_t − mean_c) → relative (delta or Fieller) → warnings
 *
 * `absolutePValue` replaces the Wald p-value of the absolute lift when the test's p-value uses a
 * different standard error than its interval (the pooled two-proportion z-test).
 */
export function comparisonFromMoments(moments, options, absolutePValue) {
    validateOptions(options);
    const warnings = [...moments.warnings];
    if (!moments.estimable)
        return { absolute: uninformativeEstimate(0), relative: null, warnings };
    const { alpha, sides } = options;
    const wald = waldEstimate(moments.absolute.estimate, Math.sqrt(moments.absolute.variance), moments.reference, alpha, sides);
    const absolute = absolutePValue === undefined ? wald : { ...wald, pValue: absolutePValue };
    if (moments.relative === null)
        return { absolute, relative: null, warnings };
    const ratio = {
        numerator: moments.treatment.mean,
        numeratorVariance: moments.treatment.varianceOfMean,
        denominator: moments.control.mean,
        denominatorVariance: moments.control.varianceOfMean,
        covariance: 0,
        offset: 1,
    };
    if (options.relativeCi === 'delta') {
        return { absolute, relative: relativeLiftDelta(ratio, moments.reference, alpha, sides), warnings };
    }
    const fieller = relativeLiftFieller(ratio, moments.reference, alpha, sides);
    return { absolute, relative: fieller.estimate, warnings: [...warnings, ...fieller.warnings] };
}
/** Options are set by code (the CLI validates user input first): a bad value is a programmer error. */
export function validateOptions(options) {
    if (!(options.alpha > 0 && options.alpha < 1))
        throw new RangeError(`alpha ${options.alpha} must be in (0, 1)`);
    if (!['two', 'greater', 'less'].includes(options.sides))
        throw new RangeError(`unknown sides ${String(options.sides)}`);
    if (!['delta', 'fieller'].includes(options.relativeCi))
        throw new RangeError(`unknown relativeCi ${String(options.relativeCi)}`);
}
//# sourceMappingURL=comparisonFromMoments.js.map