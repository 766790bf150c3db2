import { AnalyzeOptionsSchema } from '../../stats/analyze/analyzeOptions.js';
/**
 * The `livelift analyze` options that analyse a simulated replicate the way the experiment's
 * analysis settings ask, so each replicate goes through the very code a real test's export would
 * (`compareVariant`): alpha, sides, relative interval, Bayesian prior; `sequential` and `tuning`
 * for the always-valid looks. Corrections are applied by the experiment's own families.
 */
export function analysisOptions(settings, sequential) {
    const priorSd = settings.bayesian.priorSd;
    return AnalyzeOptionsSchema.parse({
        summary: '(simulated replicate)',
        alpha: settings.alpha,
        sides: settings.sides,
        relativeCi: settings.relativeCi,
        bayesian: settings.bayesian.enabled,
        ...(settings.bayesian.enabled && priorSd !== undefined ? { priorMean: 0, priorVariance: priorSd * priorSd } : {}),
        sequential: sequential !== undefined,
        ...(sequential !== undefined ? { tuning: Math.max(1, Math.round(sequential.tuning)) } : {}),
        correction: 'none',
    });
}
//# sourceMappingURL=analysisOptions.js.map