import { z } from 'zod';
import { envelope, ExperimentInputSchema, IntervalSchema } from './envelope.js';

const MeanWithIntervalSchema = z.object({ mean: z.number().describe('Mean over replicates'), ci: IntervalSchema.describe('95% t interval of the mean') });
const SweepValueSchema = z.union([z.number(), z.string(), z.boolean()]).describe('Value of the swept parameter');

/** One value of the swept parameter. */
export const SweepPointSchema = z.object({
  value: SweepValueSchema,
  revenuePerSession: MeanWithIntervalSchema.describe('Revenue of one session (mean over the replicate\'s sessions), over replicates (currency)'),
  profitPerSession: MeanWithIntervalSchema.optional().describe('Profit of one session: revenue minus promotion spend and the scenario\'s costs (currency); absent in results saved before profit was reported'),
  conversion: MeanWithIntervalSchema.describe('Buyers per viewer, per replicate, over replicates'),
  revenuePerViewer: MeanWithIntervalSchema.describe('Revenue per viewer (currency)'),
  viewersPerSession: z.number().describe('Viewers per session (people)'),
  probabilityBest: z.number().min(0).max(1).describe('Share of bootstrap resamples of the replicates in which this value has the highest mean objective'),
  bestInReplicate: z.number().min(0).max(1).describe('Share of replicates (same random numbers for every value) in which this value did best on the objective'),
});

/** What `livelift sweep --json` prints and `--out` saves as result.json. */
export const SweepResultSchema = z.object({
  ...envelope('sweep'),
  name: z.string().describe('Sweep name'),
  parameter: z.string().describe('Path of the swept scenario parameter'),
  replicates: z.number().int().min(1).describe('Simulated replicates'),
  sessionsPerValue: z.number().describe('Sessions per value per replicate'),
  currency: z.string().describe('Currency of revenue'),
  objective: z.enum(['revenue', 'profit']).optional().describe('What the optimum maximises: --objective, else profit when the scenario has costs, else revenue; absent (revenue) in results saved before profit was reported'),
  points: z.array(SweepPointSchema).min(1).describe('One entry per value, in the order swept'),
  optimum: z
    .object({
      value: SweepValueSchema.describe('Value with the highest mean objective per session'),
      interval: IntervalSchema.nullable().describe('2.5% and 97.5% quantiles (on the grid) of the best value over bootstrap resamples; null when the values are not numbers'),
      bootstrapResamples: z.number().int().describe('Bootstrap resamples of the replicates'),
    })
    .describe('Value maximising the objective and where the optimum lies'),
  input: ExperimentInputSchema,
});

export type SweepResultData = z.infer<typeof SweepResultSchema>;
export type SweepPoint = z.infer<typeof SweepPointSchema>;
