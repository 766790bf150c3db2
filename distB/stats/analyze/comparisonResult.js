import { finiteOrNull, toJsonSafe } from '../toJsonSafe.js';
import { verdict } from './verdict.js';
const CORRECTION_NAMES = { holm: 'Holm', bh: 'BH' };
/** A comparison as the result reports it: JSON-safe effects, the correction, the verdict. */
export function comparisonResult(metric, draft, correction, options) {
    const effects = correction?.effects ?? draft.decisionEffects;
    const pValue = correction?.pValue ?? draft.decisionEffects.absolute.pValue;
    const significant = Number.isFinite(effects.absolute.se) && pValue < options.alpha;
    const qualifiers = [
        ...(draft.cluster ? ['cluster-robust'] : []),
        ...(draft.cuped ? ['CUPED'] : []),
        ...(draft.sequential ? ['always-valid'] : []),
        ...(correction && options.correction !== 'none' ? [`${CORRECTION_NAMES[options.correction]}-adjusted`] : []),
    ];
    const pLabel = [correction ? 'adjusted' : '', draft.sequential ? 'sequential' : '', 'p'].filter(Boolean).join(' ');
    const { cluster, cuped, sequential } = draft;
    return {
        variant: draft.variant,
        control: draft.control,
        method: draft.method,
        absolute: toJsonSafe(draft.fixed.absolute),
        relative: draft.fixed.relative ? toJsonSafe(draft.fixed.relative) : null,
        ...(cuped ? { cuped: { absolute: toJsonSafe(cuped.absolute), relative: safe(cuped.relative), varianceReduction: cuped.varianceReduction, theta: cuped.theta } } : {}),
        ...(sequential ? { sequential: { absolute: toJsonSafe(sequential.absolute), relative: safe(sequential.relative), tuning: options.tuning } } : {}),
        ...(draft.bayesian ? { bayesian: draft.bayesian } : {}),
        ...(cluster ? { cluster: { designEffect: cluster.designEffect, clusters: cluster.clusters, naive: toJsonSafe(cluster.naive) } } : {}),
        ...(correction
            ? {
                adjustedPValue: correction.pValue,
                adjustedCi: { alpha: correction.intervalAlpha, absolute: interval(effects.absolute.ci), relative: effects.relative ? interval(effects.relative.ci) : null },
            }
            : {}),
        decision: draft.decision,
        significant,
        verdict: verdict({
            metric,
            variant: draft.variant,
            control: draft.control,
            absolute: effects.absolute,
            relative: effects.relative,
            pValue,
            significant,
            alpha: options.alpha,
            qualifiers,
            pLabel,
            warnings: draft.warnings,
        }),
        warnings: draft.warnings,
    };
}
function safe(effect) {
    return effect ? toJsonSafe(effect) : null;
}
function interval(ci) {
    return [finiteOrNull(ci[0]), finiteOrNull(ci[1])];
}
//# sourceMappingURL=comparisonResult.js.map