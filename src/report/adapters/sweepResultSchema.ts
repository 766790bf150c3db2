import { z } from 'zod';
import { ExperimentInputSchema } from './experimentInput.js';

/**
 * The fields of a `sweep` result that the report reads (src/experiments/sweep/SweepResult.ts is
 * the contract). Other fields are allowed and ignored.
 */
const meanWithInterval = z.looseObject({ mean: z.number().describe('Mean over replicates'), ci: z.tuple([z.number(), z.number()]).describe('95% t interval of the mean') });

export const SweepResultSchema = z.looseObject({
  kind: z.literal('sweep').describe('Result kind'),
  version: z.string().describe('livelift version that produced the result'),
  name: z.string().describe('Sweep name'),
  parameter: z.string().describe('Path of the swept scenario parameter'),
  seed: z.number().describe('Root seed'),
  replicates: z.number().int().min(1).describe('Simulated replicates'),
  sessionsPerValue: z.number().describe('Sessions per value per replicate'),
  currency: z.string().describe('Currency of revenue'),
  objective: z.enum(['revenue', 'profit']).optional().describe('What the optimum maximises; absent (revenue) in results saved before profit was reported'),
  points: z
    .array(
      z.looseObject({
        value: z.union([z.number(), z.string(), z.boolean()]).describe('Value of the parameter'),
        revenuePerSession: meanWithInterval.describe('Revenue per session (currency)'),
        profitPerSession: meanWithInterval.optional().describe('Profit per session (currency); absent in results saved before profit was reported'),
        conversion: meanWithInterval.describe('Buyers per viewer'),
        revenuePerViewer: meanWithInterval.describe('Revenue per viewer (currency)'),
        viewersPerSession: z.number().describe('Viewers per session (people)'),
        probabilityBest: z.number().describe('Bootstrap share in which this value earns most'),
        bestInReplicate: z.number().describe('Share of replicates in which this value earned most'),
      }),
    )
    .min(1)
    .describe('One entry per value'),
  optimum: z
    .looseObject({ value: z.union([z.number(), z.string(), z.boolean()]), interval: z.tuple([z.number(), z.number()]).nullable(), bootstrapResamples: z.number() })
    .describe('Value maximising the objective and its bootstrap interval'),
  input: ExperimentInputSchema,
});

export type SweepResultData = z.infer<typeof SweepResultSchema>;
