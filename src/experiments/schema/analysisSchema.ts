import { z } from 'zod';
import { block, optional, positive, withDefault } from '../../sim/scenario/field.js';
import { ObjectiveSchema } from './objectiveSchema.js';

/**
 * Pre-period covariates for CUPED: what a platform knows about a viewer before the session from
 * their history, drawn by the model on arrival (so no arm can change them).
 */
export const CUPED_COVARIATES = ['none', 'arrivalInterest', 'willingnessToPay', 'engagementPropensity'] as const;
export type CupedCovariate = (typeof CUPED_COVARIATES)[number];

export const SequentialSettingsSchema = z
  .strictObject({
    enabled: withDefault(z.boolean(), false, 'Also analyze each replicate as a continuously monitored test, looking after every session.'),
    tuning: optional(
      positive(),
      'Units (viewers, or sessions / blocks for the other units) where the confidence sequence is tightest. Leave out for the size of the whole test.',
      'units',
    ),
  })
  .describe('Sequential (always-valid) testing: peeking after every session without inflating false positives.');

export const BayesianSettingsSchema = z
  .strictObject({
    enabled: withDefault(z.boolean(), false, 'Also report the Bayesian chance to beat control for each comparison.'),
    priorSd: optional(positive(), 'Standard deviation of a normal prior on the relative lift centred at 0 (e.g. 0.3). Leave out for a flat prior.', 'relative lift'),
    threshold: withDefault(z.number().gt(0.5).lt(1), 0.95, 'Chance to beat control at which a variant is called a winner.', 'probability'),
  })
  .describe('Gaussian Bayesian analysis of the relative lift (GrowthBook-style chance to win and risk).');

export const AnalysisSchema = z
  .strictObject({
    alpha: withDefault(z.number().gt(0).lt(0.5), 0.05, 'Significance level of every test; intervals have level 1 − alpha.'),
    sides: withDefault(z.enum(['two', 'greater', 'less']), 'two', 'Alternative: two-sided, treatment greater, or treatment less than control.'),
    relativeCi: withDefault(z.enum(['delta', 'fieller']), 'delta', 'Interval of the relative lift: delta method or Fieller.'),
    correction: withDefault(
      z.enum(['none', 'holm', 'bh']),
      'holm',
      'Multiple-comparison correction within each family (the primary metric across arms; the secondary metrics across arms): none, holm (FWER) or bh (FDR). Guardrails are not corrected.',
    ),
    cuped: withDefault(
      z.enum(CUPED_COVARIATES),
      'none',
      'Pre-period covariate for CUPED variance reduction (viewer unit; proportion and mean metrics): none, arrivalInterest, willingnessToPay (log), engagementPropensity.',
    ),
    sequential: block(SequentialSettingsSchema, 'Sequential testing.'),
    bayesian: block(BayesianSettingsSchema, 'Bayesian analysis.'),
    objective: optional(
      ObjectiveSchema,
      'What the recommendation maximises when it picks an arm: revenue (the primary metric\'s true value) or profit per session. Leave out for profit when any arm\'s scenario has a costs block, else revenue.',
    ),
  })
  .describe('How each simulated replicate is analyzed, exactly as a real test would be.');

export type AnalysisSettings = z.output<typeof AnalysisSchema>;
