import { z } from 'zod';
import { envelope, ExperimentInputSchema, IntervalSchema, NoteSchema, OpenIntervalSchema } from './envelope.js';

/** One simulated size of the power curve. */
export const SimulatedPowerPointSchema = z.object({
  sessionsPerArm: z.number().describe('Sessions per arm simulated'),
  viewersPerArm: z.number().describe('Mean control-group viewers of the simulated tests at this size (people)'),
  power: z.number().min(0).max(1).describe('Share of replicates significant in the true effect\'s direction'),
  ci: IntervalSchema.describe('95% Wilson interval of the power'),
  successes: z.number().int().describe('Replicates significant in the true direction'),
  replicates: z.number().int().describe('Replicates at this size'),
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
  metric: z.string().describe('The planning metric: the primary metric, another per-viewer metric, or profitPerSession'),
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
  method: z.enum(['simulation', 'session-pool']).optional().describe('How sizes were evaluated: each simulated afresh, or (session unit) tests resampled from one pool of simulated sessions; absent in older results'),
  planning: z
    .object({ metric: z.string().describe('The planning metric'), source: z.enum(['option', 'costs', 'primary']).describe('Why: asked with --metric, profit because an arm has costs, or the primary metric') })
    .optional()
    .describe('The planning metric and why; absent in older results'),
  monteCarlo: z
    .object({
      poolSessionsPerArm: z.number().describe('Sessions simulated per arm in the pool'),
      testsPerSize: z.number().describe('Tests resampled at each size'),
      confirmationTests: z.number().nullable().describe('Tests of the confirmation run near the answer'),
      fitInterval: OpenIntervalSchema.nullable().describe('Fieller interval of the required size from the fit alone'),
      fitRelativeSe: z.number().nullable().describe('Relative se of the required size from the fit'),
      poolRatioInterval: z.tuple([z.number(), z.number().nullable()]).nullable().describe('95% range of the required size over bootstrap resamples of the pool, as ratios to the formula size; null upper end = unbounded'),
    })
    .optional()
    .describe('Session pool: the parts of the Monte-Carlo error of the required size (required.interval combines them)'),
  recommended: z
    .object({
      sessionsPerArm: z.number().describe('Recommended sessions per arm'),
      power: z.number().describe('Fitted power there'),
      interval: z.tuple([z.number(), z.number()]).describe('Its 95% Monte-Carlo interval'),
      confirmation: z
        .object({ sessionsPerArm: z.number(), power: z.number(), ci: z.tuple([z.number(), z.number()]), replicates: z.number() })
        .nullable()
        .describe('The confirmation run near the answer'),
    })
    .nullable()
    .optional()
    .describe('The recommended size with its power and Monte-Carlo interval'),
  advice: z.object({ trust: z.enum(['simulation', 'formula']), message: z.string() }).optional().describe('Which of simulation and formula to plan with, and why'),
  curve: z
    .array(z.object({ sessionsPerArm: z.number(), power: z.number() }))
    .optional()
    .describe('The fitted curve from the smallest simulated size to the recommended (or largest simulated) size: what the chart draws; absent in older results'),
  input: ExperimentInputSchema,
});

export type PowerResultData = z.infer<typeof PowerResultSchema>;
export type SimulatedPowerPoint = z.infer<typeof SimulatedPowerPointSchema>;
export type NaiveAnalyticPlan = z.infer<typeof NaiveAnalyticPlanSchema>;
