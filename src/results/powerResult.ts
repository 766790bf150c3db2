import { z } from 'zod';
import { envelope, ExperimentInputSchema, IntervalSchema, NoteSchema } from './envelope.js';

/** One simulated size of the power curve. */
export const SimulatedPowerPointSchema = z.object({
  sessionsPerArm: z.number().describe('Sessions per arm simulated'),
  viewersPerArm: z.number().describe('Mean control-group viewers of the simulated tests at this size (people)'),
  power: z.number().min(0).max(1).describe('Share of replicates significant in the true effect\'s direction'),
  ci: IntervalSchema.describe('95% Wilson interval of the power'),
  successes: z.number().int().describe('Replicates significant in the true direction'),
  replicates: z.number().int().describe('Replicates at this size'),
});

/** A point of the fitted probit curve, computed by the producer so that the report only draws it. */
export const FittedPowerPointSchema = z.object({
  sessionsPerArm: z.number().describe('Sessions per arm (unrounded, between the smallest and largest simulated)'),
  power: z.number().min(0).max(1).describe('Φ(intercept + slope·√sessionsPerArm)'),
});

/** The naive analytic plan that treats every viewer as independent. */
export const NaiveAnalyticPlanSchema = z.object({
  test: z.string().describe("'two-proportion z-test' or 'two-sample test of means'"),
  baseline: z.number().describe('Control value of the metric, from the model'),
  sd: z.number().nullable().describe('Per-viewer sd of the metric (means only)'),
  effect: z.number().describe('True absolute effect (treatment − control) the plan is for'),
  viewersPerArm: IntervalSchema.describe('Viewers needed in [control, treatment]'),
  sessionsPerArm: z.number().describe('The same in the experiment\'s size unit (sessions per arm, or shared sessions), unrounded'),
});

/** What `livelift power <experiment> --json` prints and `--out` saves as result.json. */
export const PowerResultSchema = z.object({
  ...envelope('power'),
  name: z.string().describe('Experiment name'),
  description: z.string().describe('Experiment description'),
  replicates: z.number().int().min(1).describe('Replicates simulated at every size'),
  unit: z.looseObject({ kind: z.string().describe('viewer | session | switchback') }).describe('Randomization unit, as the experiment gives it'),
  sizeUnit: z.enum(['sessions', 'viewers']).describe('What the chart\'s x axis counts: sessions per arm (session unit) or viewers per arm (viewer and switchback units)'),
  targetPower: z.number().gt(0).lt(1).describe('Target power'),
  maxSessionsPerArm: z.number().optional().describe('Largest size simulated; a required size beyond it is extrapolated from the fitted curve (absent in older results)'),
  alpha: z.number().gt(0).lt(1).describe('Significance level'),
  sides: z.enum(['two', 'greater', 'less']).describe('Alternative hypothesis'),
  metric: z.string().describe('Primary metric'),
  contrast: z.object({ name: z.string().describe('Treatment arm'), control: z.string().describe('Control arm') }).describe('The comparison the test is powered for: the non-null one with the smallest true effect'),
  truth: z
    .object({ control: z.number(), treatment: z.number(), absolute: z.number(), relative: z.number().nullable() })
    .describe('True effect on the primary metric, from potential outcomes (every viewer in one arm); relative is null when the control value is 0'),
  viewersPerSession: z.number().describe('Control viewers per unit of sessionsPerArm (per session of the control arm, or per shared room)'),
  points: z.array(SimulatedPowerPointSchema).min(1).describe('Every simulated size, in increasing order'),
  fit: z
    .object({
      intercept: z.number().describe('a of power = Φ(a + b√n)'),
      slope: z.number().describe('b of power = Φ(a + b√n)'),
      covariance: z.tuple([z.tuple([z.number(), z.number()]), z.tuple([z.number(), z.number()])]).describe('Covariance of (a, b)'),
      curve: z.array(FittedPowerPointSchema).optional().describe('The fitted curve at 25 sizes evenly spaced in √n across the simulated ones, what the report draws (absent in results saved before the result carried it: the report then draws no fitted line)'),
    })
    .nullable()
    .describe('Probit fit power = Φ(intercept + slope·√sessionsPerArm) over the points; null if it failed'),
  required: z
    .object({
      sessionsPerArm: z.number().nullable().describe('Smallest size reaching the target on the fitted curve; null beyond the largest size simulated'),
      viewersPerArm: z.number().nullable().describe('The same in control viewers per arm'),
      exactSessionsPerArm: z.number().nullable().describe('Unrounded size on the fitted curve (extrapolated beyond the simulated sizes)'),
      se: z.number().nullable().describe('Delta-method standard error of the exact size'),
      interval: z.tuple([z.number().nullable(), z.number().nullable()]).nullable().describe('95% Fieller interval of the exact size; null upper end = unbounded'),
    })
    .describe('Smallest size reaching the target, with its Monte-Carlo error'),
  analytic: NaiveAnalyticPlanSchema.nullable().describe('The analytic formula that ignores clustering and interference, for the same truth'),
  clusteredAnalyticSessionsPerArm: z
    .number()
    .nullable()
    .optional()
    .describe('Session unit: sessions per arm by the cluster-trial formula (Donner & Klar 2000, §5.2); null for other units; absent in older results'),
  designEffect: z.number().nullable().describe('Simulated required size / naive analytic size; null when either is missing or extrapolated'),
  notes: z.array(NoteSchema).describe('Coded notes'),
  input: ExperimentInputSchema,
});

export type PowerResultData = z.infer<typeof PowerResultSchema>;
export type FittedPowerPoint = z.infer<typeof FittedPowerPointSchema>;
export type SimulatedPowerPoint = z.infer<typeof SimulatedPowerPointSchema>;
export type NaiveAnalyticPlan = z.infer<typeof NaiveAnalyticPlanSchema>;
