import { z } from 'zod';
import { envelope, ExperimentInputSchema, IntervalSchema } from './envelope.js';

/** A Monte-Carlo rate over replicates with its 95% Wilson interval. */
export const RateSchema = z.object({
  value: z.number().min(0).max(1).describe('Share of replicates'),
  of: z.number().int().describe('Replicates counted (the denominator)'),
  ci: IntervalSchema.describe('95% Wilson interval'),
});

/** An estimate over replicates: mean, sd and quantiles. */
export const SpreadSchema = z.object({
  mean: z.number().describe('Mean estimate over replicates'),
  sd: z.number().describe('Standard deviation over replicates'),
  quantiles: z.tuple([z.number(), z.number(), z.number(), z.number(), z.number()]).describe('2.5%, 25%, 50%, 75%, 97.5% quantiles over replicates'),
});

const BiasValueSchema = z.object({ value: z.number().describe('Mean estimate − truth'), mcSe: z.number().describe('Monte-Carlo standard error of that difference') });

/** One contrast (arm vs control, main effect, interaction) on one metric, over all replicates. */
export const ComparisonSummarySchema = z.object({
  contrast: z.string().describe('Arm (vs control), main effect or interaction'),
  kind: z.enum(['arm', 'main', 'interaction']).describe('What the contrast compares'),
  metric: z.string().describe('Metric name (conversion, revenuePerViewer...)'),
  role: z.enum(['primary', 'secondary', 'guardrail']).describe('Role of the metric in the experiment'),
  isNull: z.boolean().describe('No true effect by construction (the compared arms are identical): rejections are false positives'),
  truth: z
    .object({
      absolute: z.number().describe('True absolute effect'),
      relative: z.number().nullable().describe('True relative effect; null when the control value is 0'),
      control: z.number().describe('The control group\'s true value of the metric'),
      mcSe: z.object({ absolute: z.number(), relative: z.number().nullable() }).describe('Monte-Carlo standard errors of the truth'),
    })
    .describe('True effect from the potential outcomes'),
  estimate: z.object({ absolute: SpreadSchema, relative: SpreadSchema.nullable() }).describe('The estimate a real test would report, over replicates'),
  rejectionRate: RateSchema.describe('Share of replicates whose test was significant (after the family\'s correction)'),
  power: RateSchema.nullable().describe('Non-null contrasts: share significant in the direction of the true effect'),
  falsePositiveRate: RateSchema.nullable().describe('Null contrasts: share significant in either direction'),
  wrongDirectionRate: RateSchema.describe('Share significant against the true effect\'s direction (type S errors)'),
  bias: z.object({ absolute: BiasValueSchema, relative: BiasValueSchema.nullable() }).describe('Mean estimate − truth'),
  coverage: z.object({ absolute: RateSchema, relative: RateSchema.nullable() }).describe('Share of replicates whose interval (at 1 − alpha, unadjusted) contains the true effect'),
  naive: z.object({ rejectionRate: RateSchema, meanDesignEffect: z.number().nullable() }).optional().describe('Cluster units: what the naive per-viewer analysis would have concluded'),
  sequential: z.object({ rejectionRate: RateSchema, meanSessionsToStop: z.number().nullable() }).optional().describe('Sequential: rejection at any look, and the mean number of sessions until it stopped'),
  bayesian: z.object({ meanChanceToWin: z.number().nullable(), winnerRate: RateSchema }).optional().describe('Bayesian: mean chance to beat control, and share of replicates calling a winner'),
  cuped: z.object({ meanVarianceReduction: z.number() }).optional().describe('CUPED: mean variance reduction of the lift (1 − adjusted / unadjusted variance)'),
  breachRate: RateSchema.optional().describe('Guardrails: share of replicates with a significant drop'),
  warnings: z.record(z.string(), z.number()).describe('Warning codes of the stats engine, with the number of replicates that raised each'),
});

/** Shares of arrived viewers reaching each funnel step (nested: engaged ≥ sawLink ≥ clicked ≥ bought). */
export const ArmFunnelSchema = z.object({
  engaged: z.number().nullable().describe('Share who acted or saw the link'),
  sawLink: z.number().nullable().describe('Share who saw the link or an offer'),
  clicked: z.number().nullable().describe('Share who opened the product card'),
  bought: z.number().nullable().describe('Share who bought'),
});

/** One arm: what rolling it out would do, from the potential outcomes. */
export const ArmSummarySchema = z.object({
  name: z.string().describe('Arm name'),
  description: z.string().describe('What the arm changes'),
  weight: z.number().describe('Allocation weight'),
  isControl: z.boolean().describe('Control arm'),
  identicalToControl: z.boolean().describe('The arm changes nothing against the control'),
  treatment: z.record(z.string(), z.unknown()).describe('Per-viewer changes inside a shared room (viewer and switchback units)'),
  revenuePerSession: z
    .object({ mean: z.number(), ci: IntervalSchema.describe('95% interval of the mean'), range: IntervalSchema.describe('2.5–97.5% range of single sessions') })
    .describe('Revenue of one session with every viewer in this arm (currency)'),
  profitPerSession: z
    .object({ mean: z.number(), ci: IntervalSchema })
    .optional()
    .describe('Profit of one session with every viewer in this arm: revenue minus promotion spend and costs (currency); absent in results saved before profit was reported'),
  viewersPerSession: z.number().describe('Viewers per session (people)'),
  metrics: z.record(z.string(), z.number().nullable()).describe('True value of every analyzed metric with every viewer in this arm'),
  funnel: ArmFunnelSchema.optional().describe('The funnel with every viewer in this arm (absent in results saved before the funnel was reported)'),
});

/** What `livelift experiment --json` prints and `--out` saves as result.json. */
export const ExperimentResultSchema = z.object({
  ...envelope('experiment'),
  name: z.string().describe('Experiment name'),
  description: z.string().describe('Experiment description'),
  replicates: z.number().int().min(1).describe('Simulated replicates'),
  design: z.enum(['ab', 'factorial']).describe('Experiment design'),
  unit: z.looseObject({ kind: z.string().describe('viewer | session | switchback') }).describe('Randomization unit, as the experiment gives it'),
  control: z.string().describe('Control arm'),
  sessionsPerArm: z.number().describe('Sessions per arm per replicate'),
  analysis: z
    .looseObject({ alpha: z.number(), sides: z.enum(['two', 'greater', 'less']), correction: z.string().optional() })
    .describe('Analysis settings, as the experiment gives them'),
  metrics: z.looseObject({}).describe('Primary, secondary and guardrail metrics, as the experiment gives them'),
  arms: z.array(ArmSummarySchema).min(1).describe('One entry per arm'),
  comparisons: z.array(ComparisonSummarySchema).describe('Every contrast × metric'),
  srm: z.object({ flaggedRate: RateSchema }).nullable().describe('Viewer unit: share of replicates whose SRM test flagged the split (expected ≈ 0.001)'),
  primaryEstimates: z
    .array(
      z.object({
        contrast: z.string(),
        scale: z.enum(['relative', 'absolute']),
        trueEffect: z.number(),
        estimates: z.array(z.number()).describe('One estimate per replicate'),
      }),
    )
    .describe('Relative lift (or absolute when undefined) estimated in each replicate, per primary comparison'),
  recommendation: z
    .object({
      verdict: z.enum(['roll-out', 'keep-control', 'inconclusive']),
      arm: z.string(),
      objective: z.enum(['revenue', 'profit']).optional().describe("What picked the arm: the primary metric's true value (revenue) or profit per session (profit); absent in results saved before profit was reported"),
      text: z.array(z.string()),
    })
    .describe('Plain-words recommendation'),
  input: ExperimentInputSchema,
});

export type ExperimentResultData = z.infer<typeof ExperimentResultSchema>;
export type ExperimentComparison = z.infer<typeof ComparisonSummarySchema>;
export type Rate = z.infer<typeof RateSchema>;
export type Spread = z.infer<typeof SpreadSchema>;
export type ArmFunnel = z.infer<typeof ArmFunnelSchema>;
