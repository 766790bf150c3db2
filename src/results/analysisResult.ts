import { z } from 'zod';
import { OpenIntervalSchema, VersionSchema } from './envelope.js';

/**
 * The result of `livelift analyze`, exactly as `--json` prints it and `--out` saves it. The field
 * names of issue #5 are a public contract (alpha, control, variants, srm, dataQuality, metrics[…]
 * with variants and comparisons). Already JSON-safe: an unbounded interval end is null.
 *
 * Open to extension: a field not declared here is accepted (the objects are not strict) but
 * neither checked nor typed. A new field is declared here, in the object it belongs to (result,
 * metric, comparison, headline...), `.optional()` when older results or some options lack it; the
 * producer's types (src/analysis/analysisResult.ts) follow by z.infer.
 */

/** A coded warning of the stats engine (src/stats/warnings.ts holds every code). */
export const StatsWarningSchema = z.object({
  code: z.string().describe('Stable warning code'),
  message: z.string().describe('The warning in plain words'),
  count: z.number().optional().describe('How many rows or units raised it (data-quality warnings)'),
});
const WarningListSchema = z.array(StatsWarningSchema).describe('Coded warnings');

/** An effect as JSON can hold it: ±Infinity (open interval ends, se of an empty arm) → null. */
export const EffectSchema = z.object({
  estimate: z.number().nullable().describe('Point estimate (absolute: metric units; relative: fraction, 0.05 = +5%)'),
  se: z.number().nullable().describe('Standard error; null when infinite'),
  ci: OpenIntervalSchema.describe('Confidence interval at 1 − alpha'),
  pValue: z.number().nullable().describe('p-value of the test'),
});

/** The one decision of a comparison, exactly as every surface shows it. */
export const HeadlineSchema = z.object({
  horizon: z.enum(['fixed-horizon', 'always-valid']).describe('Fixed-horizon test, or always-valid confidence sequence (--sequential)'),
  adjusted: z.enum(['bonferroni', 'holm', 'bh', 'dunnett']).nullable().describe('Correction the p-value and intervals are adjusted for; null when unadjusted'),
  pValue: z.number().describe('Decision p-value (adjusted when corrected); significant is pValue < alpha'),
  unadjustedPValue: z.number().describe('The decision p-value before the correction (equal to pValue when none is on)'),
  absolute: z.object({ estimate: z.number(), ci: OpenIntervalSchema }).describe('Absolute difference and the interval of the decision'),
  relative: z
    .object({
      estimate: z.number(),
      ci: OpenIntervalSchema,
      method: z.enum(['fieller', 'score', 'delta']).describe('fieller or score: inverts the decision test; delta: the delta-method interval (does not)'),
      invertsTest: z.boolean().describe('Whether the interval inverts the decision test'),
    })
    .nullable()
    .describe('Relative lift and the interval of the decision; null when the control mean is not positive'),
  exact: z
    .object({ test: z.literal('fisher'), oddsRatio: z.number().nullable(), ci: OpenIntervalSchema, invertsTest: z.literal(true) })
    .optional()
    .describe("With --exact: Fisher's exact test decided; its conditional odds-ratio interval inverts it"),
  exactTest: z
    .enum(['fisher', 'boschloo', 'score', 'agresti-min'])
    .optional()
    .describe("With --exact: the test that decided: fisher (exact holds its odds-ratio interval), boschloo (the score intervals do not invert it) score (Chan–Zhang exact unconditional score test; both intervals invert it) or agresti-min (Agresti–Min: one two-sided exact unconditional score test; both intervals invert it)"),
  label: z.string().describe('What the intervals are, e.g. "95% CI; fixed-horizon, unadjusted"'),
});

/** Gaussian (or exact Beta-Binomial) posterior of the lift, with --bayesian. */
export const BayesianSchema = z.object({
  scale: z.enum(['relative', 'absolute']).describe('Scale of the analysis: relative lift, or absolute when the control mean is ≤ 0'),
  chanceToWin: z.number().min(0).max(1).describe('Posterior probability that the variant beats the control'),
  risk: z.object({ control: z.number(), variant: z.number() }).describe('Expected loss of choosing each side'),
  ci: z.tuple([z.number(), z.number()]).describe('Central credible interval at 1 − alpha'),
  posteriorMean: z.number().describe('Mean of the normal posterior of the lift'),
  posteriorSd: z.number().describe('Sd of the normal posterior of the lift'),
  model: z.enum(['gaussian', 'beta-binomial']).describe('gaussian: normal posterior; beta-binomial: exact posterior of the absolute difference (conversions, when the Gaussian sd would be 0)'),
  betaBinomial: z
    .object({
      chanceToWin: z.number(),
      risk: z.object({ control: z.number(), variant: z.number() }),
      ci: z.tuple([z.number(), z.number()]),
      method: z.enum(['exact', 'normal']),
    })
    .optional()
    .describe('For conversions: the exact Beta-Binomial (uniform prior) result on the absolute difference'),
});

/** One variant against the control on one metric. */
/** `--msprt` (conversions): the mixture SPRT beside the decision. */
export const MsprtSchema = z.object({
  estimate: z.number().describe('Difference in rates'),
  ci: OpenIntervalSchema.describe('Always-valid interval of the difference'),
  pValue: z.number().describe('Always-valid p-value (never rises across looks)'),
  likelihoodRatio: z.number().nullable().describe('Mixture likelihood ratio; null when not finite'),
  tau2: z.number().describe('Mixing variance'),
  decision: z.enum(['reject', 'continue']).describe('reject when pValue < alpha'),
});

/** `--non-inferiority` / `--equivalence`: the margin test (src/stats/marginTest.ts). */
export const MarginSchema = z.object({
  test: z.enum(['non-inferiority', 'equivalence']).describe('Margin hypothesis'),
  scale: z.enum(['absolute', 'relative']).describe('absolute: metric units; relative: fraction of the control mean'),
  margin: z.number().describe('The margin (positive)'),
  better: z.enum(['higher', 'lower', 'both']).describe('Which direction is better'),
  method: z.enum(['wald', 'fieller', 'score']).describe('The decision test moved to the margin'),
  pLower: z.number().nullable().describe('p of H0: lift ≤ −margin; null when not tested'),
  pUpper: z.number().nullable().describe('p of H0: lift ≥ +margin; null when not tested'),
  pValue: z.number().describe('Decision p: the one-sided p, or the larger of the two (TOST)'),
  level: z.number().describe('Level of the interval, 1 − 2·alpha'),
  ci: OpenIntervalSchema.describe('The 1 − 2·alpha interval that inverts the margin test'),
  conclusion: z.enum(['non-inferior', 'equivalent', 'not shown']).describe('The conclusion'),
  verdict: z.string().describe('One sentence in plain words'),
});

/** `--segment`: Cochran's Q of treatment × segment heterogeneity, with corrected per-segment p. */
export const HeterogeneitySchema = z.object({
  test: z.literal('cochran-q').describe("Cochran's Q across the segments' decision estimates"),
  effect: z.literal('absolute').describe('The effect compared across segments'),
  statistic: z.number().describe('Q'),
  df: z.number().describe('Segments − 1'),
  pValue: z.number().describe('P(chi-square_df > Q)'),
  iSquared: z.number().describe('max(0, (Q − df)/Q)'),
  correction: z.enum(['none', 'bonferroni', 'holm', 'bh']).describe('Correction of the per-segment p-values across segments'),
  segments: z.array(
    z.object({
      name: z.string(),
      estimate: z.number().nullable(),
      se: z.number().nullable(),
      pValue: z.number().describe("The segment's own decision p"),
      adjustedPValue: z.number().nullable().describe('Corrected across the segments'),
      significant: z.boolean(),
    }),
  ),
  verdict: z.string().describe('One sentence in plain words'),
});

/** `--quantile` (mean metrics): one quantile of both arms, with the seeded percentile bootstrap. */
export const QuantileComparisonSchema = z.object({
  quantile: z.number().describe('The quantile compared, in (0, 1)'),
  method: z.literal('percentile-bootstrap').describe('Percentile bootstrap (Efron & Tibshirani 1993, §13.3), rows resampled within each arm'),
  label: z.literal('bootstrap, not the decision test').describe("Beside the decision: the metric's decision stays the comparison of means"),
  control: z.number().nullable().describe("The control arm's sample quantile (numpy 'linear', type 7); null when the arm has no values"),
  treatment: z.number().nullable().describe("The treatment arm's sample quantile; null when the arm has no values"),
  absolute: EffectSchema.nullable().describe('treatment − control quantile: se and percentile interval of the bootstrap replicates at 1 − alpha, percentile p; null when an arm is empty'),
  relative: EffectSchema.nullable().describe('treatment / control quantile − 1; null when the control quantile or a resample of it is ≤ 0'),
  resamples: z.number().describe('Bootstrap resamples (--bootstrap)'),
  seed: z.number().describe('Seed of the bootstrap streams (--seed)'),
  warnings: WarningListSchema,
});

export const ComparisonSchema = z.object({
  variant: z.string().describe('Treatment variant name'),
  control: z.string().describe('Control variant name'),
  method: z.enum(['welch', 'z-test', 'delta', 'cluster-robust']).describe('Test behind absolute / relative'),
  absolute: EffectSchema.describe('Difference variant − control, in metric units'),
  relative: EffectSchema.nullable().describe('Relative lift; null when the control mean is ≤ 0'),
  cuped: z
    .object({ absolute: EffectSchema, relative: EffectSchema.nullable(), varianceReduction: z.number(), theta: z.number().describe('Slope of the first covariate'), slopes: z.array(z.number()).optional().describe('Every covariate\'s slope, with two or more covariates') })
    .optional()
    .describe('CUPED-adjusted effects, with --cuped'),
  sequential: z
    .object({ absolute: EffectSchema, relative: EffectSchema.nullable(), tuning: z.number() })
    .optional()
    .describe('Always-valid confidence sequence at the final look, with --sequential'),
  bayesian: BayesianSchema.optional().describe('Posterior of the lift, with --bayesian'),
  quantiles: z.array(QuantileComparisonSchema).optional().describe('With --quantile (mean metrics): each asked quantile of both arms and their bootstrap difference, beside the decision'),
  cluster: z
    .object({ designEffect: z.number().nullable(), clusters: z.object({ control: z.number(), treatment: z.number() }), naive: EffectSchema })
    .optional()
    .describe('Cluster-robust analysis, with --cluster: design effect, clusters per arm, and the naive per-unit effect'),
  adjustedPValue: z.number().optional().describe('p-value of the decision after the multiple-comparison correction, when one is on'),
  adjustedCi: z
    .object({ alpha: z.number(), absolute: OpenIntervalSchema, relative: OpenIntervalSchema.nullable() })
    .optional()
    .describe('Intervals of the decision consistent with the adjusted p-values, at level 1 − alpha'),
  headline: HeadlineSchema.describe('The one decision: its p-value and intervals, as every surface shows them'),
  decision: z
    .enum(['fixed', 'cuped', 'sequential', 'cluster', 'cuped-sequential', 'cluster-sequential', 'exact'])
    .describe('Which result the verdict and the correction use'),
  significant: z.boolean().describe('Decision p-value (adjusted when corrected) below alpha'),
  verdict: z.string().describe('One line in plain words'),
  warnings: WarningListSchema,
  msprt: MsprtSchema.optional().describe('mSPRT beside the decision, with --msprt (conversions)'),
  margin: MarginSchema.optional().describe('Non-inferiority or equivalence test, with --non-inferiority / --equivalence'),
  heterogeneity: HeterogeneitySchema.optional().describe('Treatment × segment heterogeneity, with --segment (overall comparisons)'),
});

/** Per variant, control first: units with a value, mean and per-unit variance. */
const MetricVariantSchema = z.object({
  name: z.string(),
  n: z.number().describe('Units with a value'),
  mean: z.number().nullable().describe('Mean (rate, ratio); null without units'),
  variance: z.number().nullable().describe('Per-unit variance'),
  probabilityToBeBest: z
    .number()
    .nullable()
    .optional()
    .describe('With --bayesian and 3+ arms: posterior probability that this arm has the highest true value (the arms sum to 1; Beta per arm for conversions, Normal for means and ratios, unadjusted); null when a posterior is degenerate'),
});

export const MetricSchema = z.object({
  name: z.string().describe('Metric name (a column name from the input)'),
  kind: z.enum(['proportion', 'mean', 'ratio']).describe('What the metric measures per unit'),
  columns: z
    .object({ value: z.string(), denominator: z.string().optional(), covariate: z.string().optional() })
    .optional()
    .describe('Columns the metric reads'),
  cap: z.object({ threshold: z.number(), cappedValues: z.number() }).optional().describe('Winsorisation (--cap): threshold and values capped'),
  unit: z.object({ kind: z.enum(['money', 'minutes']), label: z.string().describe('Currency as given, or "min"') }).optional().describe('Unit of values and differences (--currency, --minutes)'),
  variants: z.array(MetricVariantSchema).describe('Per variant, control first'),
  quantileNote: z.string().optional().describe('With --quantile: why this metric has no quantile comparison (conversions, ratios)'),
  comparisons: z.array(ComparisonSchema).describe('Each variant against the control'),
});

export const VariantUnitsSchema = z.object({
  name: z.string().describe('Variant name'),
  units: z.number().describe('Units counted (see unitsCounted)'),
  expectedShare: z.number().describe('Planned share of the units'),
});

export const SrmSchema = z.object({
  chiSquare: z.number().nullable().describe("Pearson's statistic; null when infinite (units in a variant planned at share 0)"),
  df: z.number().describe('Degrees of freedom'),
  pValue: z.number().describe('p-value of the sample ratio mismatch test'),
  flagged: z.boolean().describe('pValue < threshold'),
  threshold: z.number().describe('Threshold of the flag (0.001)'),
});

/** Fixed-horizon or always-valid effects at one look: absolute, and relative (null when the control mean is ≤ 0). */
const LookEffectsSchema = z.object({
  absolute: EffectSchema.describe('Difference variant − control at this look, in metric units'),
  relative: EffectSchema.nullable().describe('Relative lift at this look; null when the control mean is ≤ 0'),
});

/** One day's look at one comparison of the `--date` picture. */
export const OverTimeLookSchema = z.object({
  day: z.string().describe('The day of the look, YYYY-MM-DD (as days[].day)'),
  n: z.number().describe('Units with a value of this metric in the two arms, cumulative'),
  fixedHorizon: LookEffectsSchema.describe('Fixed-horizon estimate, interval and p computed at this look (naive when peeked at); CUPED-adjusted when the metric has a covariate'),
  alwaysValid: LookEffectsSchema.describe('Always-valid confidence sequence at this look (--tuning, same alpha and sides)'),
  msprt: MsprtSchema.optional().describe('With --msprt (conversions): the mSPRT at this look, its p carried forward from the earlier days'),
});

/** One day of the `--date` picture: the cumulative units and their SRM test. */
export const OverTimeDaySchema = z.object({
  day: z.string().describe('YYYY-MM-DD (a timestamp with an offset is moved to UTC first)'),
  units: z.array(z.number()).describe('Cumulative units per variant, control first (analysis order)'),
  srm: SrmSchema.describe('SRM test of the cumulative units against the planned split'),
});

/** One metric of the `--date` picture: each variant against the control, one look per day. */
export const OverTimeMetricSchema = z.object({
  name: z.string().describe('Metric name, as metrics[].name'),
  comparisons: z
    .array(
      z.object({
        variant: z.string().describe('Treatment variant name'),
        looks: z.array(OverTimeLookSchema).describe('One look per day, as days'),
      }),
    )
    .describe('Each variant against the control'),
});

/**
 * `--date COL`: the peeking picture. At the end of each day, the cumulative comparison of every
 * metric × variant with the fixed-horizon interval (what a peeker computes, valid only at a
 * planned end) and the always-valid confidence sequence (valid at every look) side by side, and
 * the sample-ratio test of the cumulative units. All unadjusted. The last day is the whole data.
 */
export const OverTimeSchema = z.object({
  column: z.string().describe('The --date column'),
  unitsCounted: z.literal('rows').describe('What days[].units counts: kept rows (with --unit the overall SRM counts units once instead)'),
  tuning: z.number().describe('Total sample size where the confidence sequence is tightest (--tuning)'),
  days: z.array(OverTimeDaySchema).describe('One entry per day with data, in calendar order'),
  metrics: z.array(OverTimeMetricSchema).describe('Per metric, the looks of each comparison'),
});

export const DataQualitySchema = z
  .looseObject({
    rows: z.number().describe('Data rows read (blank lines are not rows)'),
    duplicateUnits: z.number().describe('Units (--unit) with more than one row'),
    multiVariantUnits: z.number().describe('Units (--unit) with rows in more than one variant'),
    droppedRows: z.number().describe('Rows left out of every metric'),
    warnings: WarningListSchema,
  })
  .describe('Data-quality counts and warnings (rows, duplicateUnits, multiVariantUnits, droppedRows and warnings are the public contract)');

export const SegmentSchema = z.object({
  name: z.string().describe('Segment value'),
  variants: z.array(VariantUnitsSchema),
  srm: SrmSchema,
  metrics: z.array(MetricSchema),
});

export const AnalysisResultSchema = z.object({
  kind: z.literal('analysis').describe('Result kind'),
  version: VersionSchema,
  input: z
    .looseObject({ file: z.string().describe('Input file'), format: z.enum(['csv', 'summary-json', 'summary-csv']).describe('Input format') })
    .describe('What was analyzed'),
  options: z.record(z.string(), z.unknown()).describe('The options as resolved (defaults filled in)'),
  alpha: z.number().gt(0).lt(1).describe('Significance level, default 0.05'),
  sides: z.enum(['two', 'greater', 'less']).describe('Alternative hypothesis'),
  control: z.string().describe('Control variant name'),
  correction: z.enum(['none', 'bonferroni', 'holm', 'bh', 'dunnett']).describe('Multiple-comparison correction (dunnett: many-to-one, per metric and segment)'),
  unitsCounted: z.enum(['rows', 'units', 'clusters', 'summary']).describe('What variants[].units counts'),
  variants: z.array(VariantUnitsSchema).describe('Variants with their units and planned share'),
  srm: SrmSchema.describe('Sample ratio mismatch test'),
  dataQuality: DataQualitySchema,
  metrics: z.array(MetricSchema).describe('Per-metric summaries and comparisons'),
  segmentColumn: z.string().optional().describe('Column the analysis was sliced by (--segment)'),
  segments: z.array(SegmentSchema).optional().describe('The same analysis per value of segmentColumn'),
  warnings: WarningListSchema.describe('Analysis-level warnings (sample ratio mismatch, per segment too)'),
  overTime: OverTimeSchema.optional().describe('Cumulative comparisons and SRM by day (--date)'),
});

export type AnalysisResultData = z.infer<typeof AnalysisResultSchema>;
export type AnalysisMetric = z.infer<typeof MetricSchema>;
export type AnalysisComparison = z.infer<typeof ComparisonSchema>;
export type AnalysisEffect = z.infer<typeof EffectSchema>;
export type OverTime = z.infer<typeof OverTimeSchema>;
export type OverTimeDay = z.infer<typeof OverTimeDaySchema>;
export type OverTimeMetric = z.infer<typeof OverTimeMetricSchema>;
export type OverTimeLook = z.infer<typeof OverTimeLookSchema>;
