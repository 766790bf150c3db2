import { betaBinomialComparison, gaussianBayesian } from '../bayesian/index.js';
import { compare } from '../compare.js';
import { cuped } from '../cuped.js';
import { sequentialFromMoments } from '../sequential/index.js';
import { clusterHeadline } from './clusterHeadline.js';
/**
 * Compare one variant with the control on one metric, with every method asked for:
 *
 *   fixed horizon (Welch / z / delta ratio, or cluster-robust with --cluster)
 *     → CUPED when the arms carry covariate sums (the primary estimate then)
 *     → sequential: confidence sequence on the primary estimate (--sequential)
 *     → Bayesian: Gaussian posterior of the primary relative lift; Beta-Binomial for conversions
 *
 * The decision (verdict, correction) uses the sequential result when asked, else the primary one.
 */
export function compareVariant(metric, control, variant, names, options) {
    const { kind } = metric;
    const c = metric.arms[control];
    const t = metric.arms[variant];
    const at = (alpha) => ({ alpha, sides: options.sides, relativeCi: options.relativeCi });
    const clusterArms = metric.clusterArms;
    const headlineAt = (alpha) => clusterArms ? clusterHeadline(kind, clusterArms[control], clusterArms[variant], { control: c, treatment: t }, at(alpha)) : compare(kind, c, t, at(alpha));
    const hasCovariate = c.covariate !== undefined || c.ratioCovariate !== undefined;
    const primaryAt = (alpha) => (hasCovariate ? cuped(c, t, at(alpha), kind) : headlineAt(alpha));
    const totalN = clusterArms ? clusterArms[control].clusters.n + clusterArms[variant].clusters.n : c.n + t.n;
    const sequenceOf = (primary, alpha) => confidenceSequences(primary, totalN, { alpha, tuning: options.tuning, sides: options.sides });
    const fixed = headlineAt(options.alpha);
    const primary = hasCovariate ? primaryAt(options.alpha) : fixed;
    const sequential = options.sequential ? sequenceOf(primary, options.alpha) : undefined;
    const bayesian = options.bayesian ? bayesianSummary(primary, kind === 'proportion' && !clusterArms ? [c, t] : undefined, options) : undefined;
    const base = clusterArms ? 'cluster' : hasCovariate ? 'cuped' : 'fixed';
    return {
        variant: names[variant],
        control: names[control],
        method: clusterArms ? 'cluster-robust' : kind === 'proportion' ? 'z-test' : kind === 'mean' ? 'welch' : 'delta',
        fixed,
        ...(clusterArms ? { cluster: fixed } : {}),
        ...(hasCovariate ? { cuped: primary } : {}),
        ...(sequential ? { sequential } : {}),
        ...(bayesian ? { bayesian } : {}),
        decision: options.sequential ? (base === 'fixed' ? 'sequential' : `${base}-sequential`) : base,
        decisionEffects: sequential ?? primary,
        decisionAt: (alpha) => (options.sequential ? sequenceOf(primaryAt(alpha), alpha) : primaryAt(alpha)),
        warnings: uniqueWarnings([...fixed.warnings, ...(hasCovariate ? primary.warnings : [])]),
    };
}
/** Always-valid intervals around the primary estimate (se from the fixed-horizon analysis). */
function confidenceSequences(primary, totalN, options) {
    const moment = (effect) => ({ estimate: effect.estimate, variance: effect.se * effect.se });
    const estimable = Number.isFinite(primary.absolute.se);
    const moments = { absolute: moment(primary.absolute), relative: primary.relative ? moment(primary.relative) : null, warnings: [], estimable };
    const result = sequentialFromMoments(moments, totalN, options);
    return { absolute: result.absolute, relative: result.relative };
}
/**
 * Gaussian posterior of the relative lift (GrowthBook's scale; the prior is on that scale), or of
 * the absolute lift when the relative one is undefined and no prior was given; plus, for
 * conversions, the exact Beta-Binomial chance that the variant beats control.
 */
function bayesianSummary(primary, conversions, options) {
    const prior = options.priorMean !== undefined && options.priorVariance !== undefined ? { mean: options.priorMean, variance: options.priorVariance } : undefined;
    const effect = primary.relative ?? (prior === undefined ? primary.absolute : null);
    if (effect === null || !Number.isFinite(effect.se))
        return undefined;
    const result = gaussianBayesian({ estimate: effect.estimate, se: effect.se }, { alpha: options.alpha, prior });
    const exact = conversions ? betaBinomialComparison(conversions[0], conversions[1], { alpha: options.alpha }) : undefined;
    return {
        scale: primary.relative ? 'relative' : 'absolute',
        chanceToWin: result.chanceToWin,
        risk: result.risk,
        ci: result.ci,
        posteriorMean: result.posteriorMean,
        posteriorSd: result.posteriorSd,
        ...(exact ? { betaBinomial: { chanceToWin: exact.chanceToWin, risk: exact.risk, ci: exact.ci, method: exact.method } } : {}),
    };
}
function uniqueWarnings(warnings) {
    const seen = new Set();
    return warnings.filter((entry) => !seen.has(entry.message) && seen.add(entry.message) !== undefined);
}
//# sourceMappingURL=compareVariant.js.map