import { AnalyzeOptionsSchema, type AnalyzeOptions } from '../../analysis/analyzeOptions.js';
import type { AnalysisSettings } from '../schema/analysisSchema.js';

/**
 * The `livelift analyze` options that analyze a simulated replicate the way the experiment's
 * analysis settings ask, so each replicate goes through the very code a real test's export would
 * (`compareVariant`): alpha, sides, relative interval, Bayesian prior; `sequential` and `tuning`
 * for the always-valid looks. Corrections are applied by the experiment's own families.
 */
export function analysisOptions(settings: AnalysisSettings, sequential?: { tuning: number }): AnalyzeOptions {
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
