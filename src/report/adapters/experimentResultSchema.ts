import { z } from 'zod';
import { ExperimentInputSchema } from './experimentInput.js';

/**
 * The fields of an `experiment` result that the report reads (src/experiments/output/
 * ExperimentResult.ts is the contract). Other fields are allowed and ignored; `result.json` keeps
 * the result exactly as saved.
 */
const interval = z.tuple([z.number(), z.number()]).describe('95% interval [low, high]');
const rate = z.looseObject({ value: z.number().describe('Share of replicates (0–1)'), of: z.number().describe('Replicates counted'), ci: interval.describe('95% Wilson interval') });
const spread = z.looseObject({
  mean: z.number().describe('Mean estimate over replicates'),
  sd: z.number().describe('Standard deviation over replicates'),
  quantiles: z.tuple([z.number(), z.number(), z.number(), z.number(), z.number()]).describe('2.5%, 25%, 50%, 75%, 97.5% quantiles over replicates'),
});
const biasValue = z.looseObject({ value: z.number().describe('Mean estimate − truth'), mcSe: z.number().describe('Monte-Carlo standard error') });

const comparison = z.looseObject({
  contrast: z.string().describe('Arm (vs control), main effect or interaction'),
  kind: z.string().describe('arm | main | interaction'),
  metric: z.string().describe('Metric name (conversion, revenuePerViewer...)'),
  role: z.string().describe('primary | secondary | guardrail'),
  isNull: z.boolean().describe('No true effect by construction'),
  truth: z.looseObject({ absolute: z.number(), relative: z.number().nullable(), control: z.number() }).describe('True effect from the potential outcomes'),
  estimate: z.looseObject({ absolute: spread, relative: spread.nullable() }).describe('Estimates over replicates'),
  rejectionRate: rate.describe('Share significant after the correction'),
  power: rate.nullable().describe('Share significant in the true direction (non-null contrasts)'),
  falsePositiveRate: rate.nullable().describe('Share significant (null contrasts)'),
  bias: z.looseObject({ absolute: biasValue, relative: biasValue.nullable() }).describe('Mean estimate − truth'),
  coverage: z.looseObject({ absolute: rate, relative: rate.nullable() }).describe('Share of intervals containing the truth'),
  naive: z.looseObject({ rejectionRate: rate, meanDesignEffect: z.number().nullable() }).optional().describe('Naive per-viewer analysis (cluster units)'),
  warnings: z.record(z.string(), z.number()).describe('Warning code → replicates raising it'),
});

const arm = z.looseObject({
  name: z.string().describe('Arm name'),
  description: z.string().describe('What the arm changes'),
  isControl: z.boolean().describe('Control arm'),
  revenuePerSession: z.looseObject({ mean: z.number(), ci: interval, range: interval }).describe('Revenue of one session with every viewer in this arm (currency)'),
  profitPerSession: z
    .looseObject({ mean: z.number(), ci: interval })
    .optional()
    .describe('Profit of one session with every viewer in this arm: revenue minus promotion spend and costs (results saved before profit was reported have none)'),
  viewersPerSession: z.number().describe('Viewers per session (people)'),
  metrics: z.record(z.string(), z.number().nullable()).describe('True value of every analyzed metric'),
  funnel: z
    .looseObject({ engaged: z.number().nullable(), sawLink: z.number().nullable(), clicked: z.number().nullable(), bought: z.number().nullable() })
    .optional()
    .describe('Shares of arrived viewers reaching each funnel step (results of livelift 0.1 before the funnel have none)'),
});

export const ExperimentResultSchema = z.looseObject({
  kind: z.literal('experiment').describe('Result kind'),
  version: z.string().describe('livelift version that produced the result'),
  name: z.string().describe('Experiment name'),
  seed: z.number().describe('Root seed'),
  replicates: z.number().int().min(1).describe('Simulated replicates'),
  design: z.string().describe('ab | factorial'),
  unit: z.looseObject({ kind: z.string().describe('viewer | session | switchback') }).describe('Randomization unit'),
  control: z.string().describe('Control arm'),
  sessionsPerArm: z.number().describe('Sessions per arm per replicate'),
  analysis: z.looseObject({ alpha: z.number(), sides: z.string(), correction: z.string().optional() }).describe('Analysis settings'),
  arms: z.array(arm).min(1).describe('One entry per arm'),
  comparisons: z.array(comparison).describe('Every contrast × metric'),
  srm: z.looseObject({ flaggedRate: rate }).nullable().describe('Share of replicates whose SRM test flagged the split'),
  primaryEstimates: z
    .array(z.looseObject({ contrast: z.string(), scale: z.enum(['relative', 'absolute']), trueEffect: z.number(), estimates: z.array(z.number()) }))
    .describe('Estimated lift in each replicate, per primary comparison'),
  recommendation: z.looseObject({ verdict: z.string(), arm: z.string(), text: z.array(z.string()) }).describe('Plain-words recommendation'),
  input: ExperimentInputSchema,
});

export type ExperimentResultData = z.infer<typeof ExperimentResultSchema>;
export type ExperimentComparison = ExperimentResultData['comparisons'][number];
