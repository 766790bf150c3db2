import { z } from 'zod';

/**
 * The fields of an `analyze` result that the report reads: the public `--json` contract of
 * `livelift analyze` (issue #5), plus `kind: "analysis"` and provenance fields. Other fields are
 * allowed and ignored; `result.json` keeps the result exactly as saved. JSON has no Infinity, so
 * the open end of a one-sided interval is null.
 */
const bound = z.number().nullable().describe('Interval end; null for the open end of a one-sided interval');
const interval = z.tuple([bound, bound]).describe('Confidence interval [lo, hi] at 1 − alpha');

const effect = z.looseObject({
  estimate: z.number().describe('Point estimate (absolute: metric units; relative: fraction, 0.05 = +5%)'),
  se: z.number().nullable().optional().describe('Standard error'),
  ci: interval,
  pValue: z.number().nullable().optional().describe('p-value of the test'),
});

const warningList = z.array(z.unknown()).optional().describe('Coded warnings ({ code, message })');

const headline = z.looseObject({
  horizon: z.enum(['fixed-horizon', 'always-valid']).describe('Fixed-horizon test or always-valid confidence sequence'),
  adjusted: z.string().nullable().describe('Correction the p-value and intervals are adjusted for (holm, bh), or null'),
  pValue: z.number().describe('Decision p-value; significant is pValue < alpha'),
  unadjustedPValue: z.number().optional().describe('The decision p-value before the correction'),
  absolute: z.looseObject({ estimate: z.number(), ci: interval }).describe('Absolute difference and the interval of the decision'),
  relative: z
    .looseObject({ estimate: z.number(), ci: interval, method: z.string().describe('fieller, score or delta'), invertsTest: z.boolean().describe('Whether the interval inverts the decision test') })
    .nullable()
    .describe('Relative lift and the interval of the decision; null when the control mean is not positive'),
  label: z.string().describe('What the intervals are, e.g. "95% CI; fixed-horizon, unadjusted"'),
});

const comparison = z.looseObject({
  variant: z.string().describe('Treatment variant name'),
  control: z.string().describe('Control variant name'),
  method: z.string().optional().describe('Test behind absolute / relative: welch, z-test, delta or cluster-robust'),
  absolute: effect.describe('Difference variant − control, in metric units'),
  relative: effect.nullable().optional().describe('Relative lift; null when the control mean is not positive'),
  cuped: z.looseObject({ absolute: effect.optional(), relative: effect.nullable().optional(), varianceReduction: z.number().nullable().optional() }).optional().describe('CUPED-adjusted effects, when asked'),
  sequential: z.looseObject({ absolute: effect.optional(), relative: effect.nullable().optional() }).optional().describe('Always-valid confidence sequence at the final look, when asked'),
  bayesian: z
    .looseObject({ scale: z.enum(['relative', 'absolute']).optional(), chanceToWin: z.number(), ci: interval.optional(), posteriorMean: z.number().optional(), posteriorSd: z.number().optional() })
    .optional()
    .describe('Gaussian posterior of the lift, when asked'),
  adjustedPValue: z.number().nullable().optional().describe('p-value after the multiple-comparison correction, when one is on'),
  adjustedCi: z.looseObject({ alpha: z.number().optional(), absolute: interval, relative: interval.nullable() }).optional().describe('Intervals consistent with the adjusted p-values'),
  headline: headline.describe('The one decision: its p-value and intervals, as every surface shows them'),
  decision: z.string().optional().describe('Which effects the verdict uses: fixed, cuped, sequential, cluster, cuped-sequential, cluster-sequential, exact (Fisher\'s exact test, --exact)'),
  significant: z.boolean().describe('Decision p-value (adjusted when corrected) below alpha'),
  verdict: z.string().describe('One line in plain words'),
  warnings: warningList,
});

const metric = z.looseObject({
  name: z.string().describe('Metric name (a column name from the input)'),
  kind: z.enum(['proportion', 'mean', 'ratio']).describe('Metric kind'),
  variants: z.array(z.looseObject({ name: z.string(), n: z.number(), mean: z.number().nullable(), variance: z.number().nullable().optional(), probabilityToBeBest: z.number().nullable().optional().describe('With --bayesian and 3+ arms: posterior probability that this arm is best (the arms sum to 1)') })),
  comparisons: z.array(comparison),
});

const variantUnits = z.array(z.looseObject({ name: z.string(), units: z.number(), expectedShare: z.number().nullable().optional() }));
const srm = z.looseObject({ chiSquare: z.number().nullable().optional(), pValue: z.number(), flagged: z.boolean(), threshold: z.number().optional() });

export const AnalysisResultSchema = z.looseObject({
  kind: z.literal('analysis').describe('Result kind'),
  alpha: z.number().describe('Significance level, default 0.05'),
  control: z.string().describe('Control variant name'),
  variants: variantUnits.describe('Variants with their units and planned share'),
  unitsCounted: z.string().optional().describe('What units counts: rows, units, clusters or summary'),
  srm: srm.optional().describe('Sample ratio mismatch test'),
  dataQuality: z.looseObject({ rows: z.number().optional(), warnings: warningList }).optional().describe('Data-quality counts and warnings'),
  metrics: z.array(metric).describe('Per-metric summaries and comparisons'),
  segmentColumn: z.string().optional().describe('Column the analysis was sliced by (--segment)'),
  segments: z.array(z.looseObject({ name: z.string(), variants: variantUnits, srm: srm.optional(), metrics: z.array(metric) })).optional().describe('The analysis per segment value'),
  warnings: warningList,
  sides: z.enum(['two', 'greater', 'less']).optional().describe('Alternative hypothesis'),
  correction: z.string().nullable().optional().describe('Multiple-comparison correction: none, holm or bh'),
  version: z.string().optional().describe('livelift version that produced the result'),
  input: z.unknown().optional().describe('Input file name or summary'),
  options: z.unknown().optional().describe('Analysis options as given'),
});

export type AnalysisResult = z.infer<typeof AnalysisResultSchema>;
export type AnalysisMetric = AnalysisResult['metrics'][number];
export type AnalysisComparison = AnalysisMetric['comparisons'][number];
export type AnalysisEffect = z.infer<typeof effect>;
