import { z } from 'zod';

/**
 * Per-arm sufficient statistics from a warehouse (`livelift analyze --summary FILE`), the single
 * source of truth for the JSON form and, column by column, for the CSV form
 * (see {@link summaryCsvColumns}). `livelift schema` can print it as JSON Schema.
 */
export const PairedSumsSchema = z
  .strictObject({
    sum: z.number().describe('Σy over the arm\'s units'),
    sumSquares: z.number().nonnegative().describe('Σy² over the arm\'s units'),
    sumProduct: z.number().describe('Σxy: the metric value x times y, summed over the arm\'s units'),
    shift: z.number().optional().describe('When given, y − shift was summed in place of y (in all three sums); default 0. See docs/analyze.md, "Summary files"'),
  })
  .describe('Sums of a second per-unit variable y paired with the metric x');

/** One power sum Σ(x − K)ᵃ(z − L)ᵇ of the covariate moments (names: x3 = Σx³, x2z = Σx²z, …). */
const powerSum = (what: string) => z.number().describe(`${what} over the arm's units, around the arm's shifts (x − shift, z − covariate.shift); a unit without a covariate value counts as z = covariate.shift`);

export const CovariateMomentsSchema = z
  .strictObject({
    x3: powerSum('Σx³'),
    x4: z.number().nonnegative().describe('Σx⁴ over the arm\'s units, around the arm\'s shift'),
    x2z: powerSum('Σx²z'),
    xz2: powerSum('Σxz²'),
    z3: powerSum('Σz³'),
    x3z: powerSum('Σx³z'),
    x2z2: z.number().nonnegative().describe('Σx²z² over the arm\'s units, around the shifts'),
    xz3: powerSum('Σxz³'),
    z4: z.number().nonnegative().describe('Σz⁴ over the arm\'s units, around the covariate\'s shift'),
    missing: z
      .strictObject({
        n: z.number().int().nonnegative().describe('Units without a covariate value (counted as z = covariate.shift in every sum)'),
        x: z.number().describe('Σx over those units, around the arm\'s shift'),
        x2: z.number().nonnegative().describe('Σx² over those units'),
        x3: z.number().describe('Σx³ over those units'),
      })
      .optional()
      .describe('Units without a covariate value (its missing indicator); absent: every unit has one'),
  })
  .describe('Third- and fourth-order sums of the metric x and the covariate z, for CUPED as the pooled-slope regression with HC1 standard errors (as from a CSV); without them CUPED uses the classical variance (docs/analyze.md, "Summary files")');

export const SummaryArmSchema = z
  .strictObject({
    name: z.string().min(1).describe('Variant name, as listed in `variants`'),
    n: z.number().int().nonnegative().describe('Units with a value for this metric'),
    sum: z.number().describe('Σx; for a proportion the number of conversions'),
    sumSquares: z
      .number()
      .nonnegative()
      .optional()
      .describe('Σx²; required for mean and ratio metrics, defaults to `sum` for a proportion'),
    shift: z
      .number()
      .optional()
      .describe('When given, x − shift was summed in place of x (in sum, sumSquares and every sumProduct); mean metrics only; default 0. Send a typical value (e.g. the first) for values far from 0, such as timestamps'),
    covariate: PairedSumsSchema.optional().describe('Pre-period covariate z for CUPED: Σz, Σz², Σxz (optional)'),
    covariateMoments: CovariateMomentsSchema.optional().describe('With `covariate`: the higher sums that make CUPED the HC1 regression estimator (mean and proportion metrics)'),
    denominator: PairedSumsSchema.optional().describe('Denominator d of a ratio metric: Σd, Σd², Σxd (ratio only)'),
  })
  .describe('One arm of one metric');

export const SummaryMetricSchema = z
  .strictObject({
    name: z.string().min(1).describe('Metric name, unique in the file'),
    kind: z
      .enum(['proportion', 'mean', 'ratio'])
      .describe('proportion: 0/1 conversions (z-test); mean: Welch t-test; ratio: Σx / Σd by the delta method'),
    variants: z.array(SummaryArmSchema).min(1).describe('One entry per variant, each variant once'),
  })
  .superRefine((metric, context) => {
    metric.variants.forEach((arm, index) => {
      const at = (field: string) => ['variants', index, field];
      if (metric.kind !== 'proportion' && arm.sumSquares === undefined) {
        context.addIssue({ code: 'custom', path: at('sumSquares'), message: `required for a ${metric.kind} metric` });
      }
      if (metric.kind === 'proportion' && (arm.sum < 0 || arm.sum > arm.n || !Number.isInteger(arm.sum))) {
        context.addIssue({ code: 'custom', path: at('sum'), message: 'conversions must be a whole number from 0 to n' });
      }
      if (metric.kind === 'ratio' && arm.denominator === undefined) {
        context.addIssue({ code: 'custom', path: at('denominator'), message: 'required for a ratio metric' });
      }
      if (metric.kind !== 'ratio' && arm.denominator !== undefined) {
        context.addIssue({ code: 'custom', path: at('denominator'), message: 'only a ratio metric has a denominator' });
      }
      if (arm.covariateMoments !== undefined && (arm.covariate === undefined || metric.kind === 'ratio')) {
        context.addIssue({ code: 'custom', path: at('covariateMoments'), message: metric.kind === 'ratio' ? 'not for a ratio metric' : 'needs the covariate sums ("covariate") too' });
      }
      if (metric.kind !== 'mean' && arm.shift !== undefined) {
        context.addIssue({ code: 'custom', path: at('shift'), message: 'only a mean metric\'s sums can be shifted' });
      }
      for (const problem of impossibleSums(metric.kind, arm)) context.addIssue({ code: 'custom', path: ['variants', index, ...problem.path], message: problem.message });
    });
  })
  .describe('Sufficient statistics of one metric, per arm');

/**
 * Sums no data set can have: n = 0 with non-zero sums, and Σx² below (Σx)²/n (a negative
 * variance, beyond rounding: 1e-9 relative), for the metric and each paired variable; a square
 * whose (Σx)²/n overflows double precision.
 */
function impossibleSums(kind: string, arm: z.infer<typeof SummaryArmSchema>): { path: (string | number)[]; message: string }[] {
  const problems: { path: (string | number)[]; message: string }[] = [];
  // A bad n, or a proportion (0 ≤ sum ≤ n is checked above), is reported once, by its own rule.
  if (!(Number.isInteger(arm.n) && arm.n >= 0)) return problems;
  const check = (path: (string | number)[], sum: number, sumSquares: number | undefined, others: number[] = []) => {
    if (arm.n === 0) {
      if ([sum, sumSquares ?? 0, ...others].some((value) => value !== 0)) problems.push({ path, message: 'n is 0 but the sums are not: an arm without units sums to 0' });
      return;
    }
    if (sumSquares === undefined) return;
    const squareOfSum = (sum / arm.n) * sum;
    if (!Number.isFinite(squareOfSum)) {
      problems.push({ path, message: `(Σ)²/n overflows double precision (sum ${sum}); send sums of x − shift with a "shift" near the values` });
    } else if (sumSquares < squareOfSum * (1 - 1e-9) - 1e-300) {
      problems.push({ path: [...path, 'sumSquares'], message: `${sumSquares} is below sum²/n = ${squareOfSum}: that is a negative variance` });
    }
  };
  check([], arm.sum, kind === 'proportion' ? undefined : arm.sumSquares, []);
  if (arm.covariate) check(['covariate'], arm.covariate.sum, arm.covariate.sumSquares, [arm.covariate.sumProduct]);
  if (arm.denominator) check(['denominator'], arm.denominator.sum, arm.denominator.sumSquares, [arm.denominator.sumProduct]);
  return problems;
}

export const SummaryVariantSchema = z
  .strictObject({
    name: z.string().min(1).describe('Variant name, unique in the file'),
    units: z.number().int().nonnegative().describe('Randomization units assigned to the variant (used by the SRM test)'),
  })
  .describe('One arm of the experiment');

export const SummaryFileSchema = z
  .strictObject({
    control: z
      .string()
      .min(1)
      .optional()
      .describe('Control variant (--control overrides it); when absent: a variant named "control" (any case), else the first name in code-point order'),
    variants: z.array(SummaryVariantSchema).min(2).describe('Every arm, at least two, control first by convention'),
    metrics: z.array(SummaryMetricSchema).min(1).describe('Metrics with per-arm sufficient statistics'),
  })
  .superRefine((file, context) => {
    const names = file.variants.map((variant) => variant.name);
    names.forEach((name, index) => {
      if (names.indexOf(name) !== index) context.addIssue({ code: 'custom', path: ['variants', index, 'name'], message: `"${name}" is listed twice` });
    });
    if (file.control !== undefined && !names.includes(file.control)) {
      context.addIssue({ code: 'custom', path: ['control'], message: `"${file.control}" is not one of the variants (${names.join(', ')})` });
    }
    const metricNames = file.metrics.map((metric) => metric.name);
    file.metrics.forEach((metric, m) => {
      if (metricNames.indexOf(metric.name) !== m) context.addIssue({ code: 'custom', path: ['metrics', m, 'name'], message: `"${metric.name}" is listed twice` });
      const armNames = metric.variants.map((arm) => arm.name);
      armNames.forEach((name, a) => {
        if (!names.includes(name)) context.addIssue({ code: 'custom', path: ['metrics', m, 'variants', a, 'name'], message: `"${name}" is not one of the variants (${names.join(', ')})` });
        else if (armNames.indexOf(name) !== a) context.addIssue({ code: 'custom', path: ['metrics', m, 'variants', a, 'name'], message: `"${name}" is listed twice` });
      });
      for (const name of names) {
        if (!armNames.includes(name)) context.addIssue({ code: 'custom', path: ['metrics', m, 'variants'], message: `no statistics for variant "${name}"` });
      }
    });
  })
  .describe('livelift summary file: per-arm sufficient statistics, as a warehouse GROUP BY gives them');

export type SummaryFile = z.infer<typeof SummaryFileSchema>;
export type SummaryMetric = z.infer<typeof SummaryMetricSchema>;
export type SummaryArm = z.infer<typeof SummaryArmSchema>;
