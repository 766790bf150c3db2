import { z } from 'zod';
import { ExperimentInputSchema } from './experimentInput.js';

/**
 * The fields of a `power` result that the report reads (src/experiments/simulatedPower/PowerResult.ts is
 * the contract). Other fields are allowed and ignored.
 */
const point = z.looseObject({
  sessionsPerArm: z.number().describe('Sessions per arm simulated'),
  viewersPerArm: z.number().describe('Mean control viewers at this size (people)'),
  power: z.number().min(0).max(1).describe('Share of replicates significant in the true direction'),
  ci: z.tuple([z.number(), z.number()]).describe('95% Wilson interval of the power'),
  replicates: z.number().describe('Replicates at this size'),
});

export const PowerResultSchema = z.looseObject({
  kind: z.literal('power').describe('Result kind'),
  version: z.string().describe('livelift version that produced the result'),
  name: z.string().describe('Experiment name'),
  seed: z.number().describe('Root seed'),
  replicates: z.number().int().min(1).describe('Replicates per size'),
  unit: z.looseObject({ kind: z.string() }).describe('Randomization unit'),
  sizeUnit: z.enum(['sessions', 'viewers']).describe('What the x axis counts'),
  targetPower: z.number().gt(0).lt(1).describe('Target power'),
  alpha: z.number().describe('Significance level'),
  sides: z.string().describe('two | greater | less'),
  metric: z.string().describe('Primary metric'),
  contrast: z.looseObject({ name: z.string(), control: z.string() }).describe('The comparison powered for'),
  truth: z.looseObject({ control: z.number(), treatment: z.number(), absolute: z.number(), relative: z.number().nullable() }).describe('True effect'),
  viewersPerSession: z.number().describe('Control viewers per unit of sessionsPerArm'),
  points: z.array(point).min(1).describe('Simulated sizes, increasing'),
  fit: z.looseObject({ intercept: z.number(), slope: z.number() }).nullable().describe('Probit fit power = Φ(a + b√n)'),
  required: z
    .looseObject({
      sessionsPerArm: z.number().nullable(),
      viewersPerArm: z.number().nullable(),
      exactSessionsPerArm: z.number().nullable(),
      interval: z.tuple([z.number().nullable(), z.number().nullable()]).nullable(),
    })
    .describe('Smallest size reaching the target'),
  analytic: z.looseObject({ test: z.string(), viewersPerArm: z.tuple([z.number(), z.number()]), sessionsPerArm: z.number() }).nullable().describe('Naive analytic plan'),
  clusteredAnalyticSessionsPerArm: z.number().nullable().optional().describe('Analytic size with the clustering design effect (newer results only)'),
  designEffect: z.number().nullable().describe('Simulated / analytic size'),
  notes: z.array(z.looseObject({ code: z.string(), message: z.string() })).describe('Coded notes'),
  curve: z
    .array(z.looseObject({ sessionsPerArm: z.number().describe('Sessions per arm'), power: z.number().describe('Fitted power') }))
    .optional()
    .describe('Fitted power curve from the smallest simulated size to the recommended or largest one (newer results only)'),
  input: ExperimentInputSchema,
});

export type PowerResultData = z.infer<typeof PowerResultSchema>;
