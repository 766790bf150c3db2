import { armChecks } from './armChecks.js';
import { armMoments } from './armMoments.js';
import { welchDegreesOfFreedom } from './welchDegreesOfFreedom.js';
import { deltaSe } from './relativeLift.js';
import { warning } from './warnings.js';
/**
 * Means, lifts and their variances for one comparison: the shared first step of the fixed-horizon
 * tests here and of the sequential and Bayesian methods. O(1).
 *
 * @example liftMoments({ n: 100, sum: 10, sumSquares: 10 }, { n: 100, sum: 12, sumSquares: 12 }, 'proportion').absolute // { estimate: 0.02, variance: 0.001956 }
 */
export function liftMoments(control, treatment, kind) {
    const warnings = armChecks(control, treatment, kind);
    const c = armMoments(control, kind);
    const t = armMoments(treatment, kind);
    if (warnings.length === 0 && ![c.mean, t.mean, c.varianceOfMean, t.varianceOfMean].every(Number.isFinite)) {
        warnings.push(warning('NON_FINITE_STATISTICS'));
    }
    const estimable = warnings.length === 0;
    const absoluteVariance = t.varianceOfMean + c.varianceOfMean;
    const reference = kind === 'mean' && estimable ? { kind: 't', df: welchDegreesOfFreedom(c.varianceOfMean, c.n, t.varianceOfMean, t.n) } : { kind: 'normal' };
    if (!estimable) {
        return { control: c, treatment: t, absolute: { estimate: 0, variance: Infinity }, relative: null, reference, warnings, estimable };
    }
    if (absoluteVariance === 0)
        warnings.push(warning('ZERO_VARIANCE'));
    let relative = null;
    if (c.mean > 0) {
        const se = deltaSe({ numerator: t.mean, numeratorVariance: t.varianceOfMean, denominator: c.mean, denominatorVariance: c.varianceOfMean, covariance: 0, offset: 1 });
        relative = { estimate: t.mean / c.mean - 1, variance: se * se };
        if (!Number.isFinite(relative.estimate) || !Number.isFinite(relative.variance)) {
            relative = null;
            warnings.push(warning('NON_FINITE_STATISTICS', 'relative lift'));
        }
    }
    else {
        warnings.push(warning('NON_POSITIVE_CONTROL_MEAN', `control mean ${c.mean}`));
    }
    return { control: c, treatment: t, absolute: { estimate: t.mean - c.mean, variance: absoluteVariance }, relative, reference, warnings, estimable };
}
//# sourceMappingURL=liftMoments.js.map