import { z } from 'zod';
import { ANALYZE_OPTION_TEXT as TEXT } from './analyzeOptionText.js';

const name = z.string().trim().min(1, 'must not be empty');
const repeatable = z.union([z.string(), z.array(z.string())]).transform((value) => (Array.isArray(value) ? value : [value]));

/** `NAME=NUM/DEN` → its parts (the ratio metric and ratio-covariate syntax). */
const fraction = z.string().regex(/^[^=]+=[^/]+\/.+$/, 'expected NAME=NUMCOL/DENCOL');

const covariateSpec = z
  .string()
  .regex(/^[^=]+=.+$/, 'expected METRIC=COL[,COL…] (or RATIO=NUMCOL/DENCOL[,NUMCOL/DENCOL…])')
  .transform((text, context) => {
    const [metric, column] = splitOnce(text, '=');
    const columns = column!.split(',').map((part) => part.trim()).filter((part) => part.length > 0);
    if (!column!.includes('/')) return { metric, column: columns[0] ?? column, columns };
    const pairs = columns.map((part) => splitOnce(part, '/'));
    if (pairs.some(([numerator, denominator]) => numerator === '' || !denominator)) {
      context.addIssue({ code: 'custom', message: 'expected RATIO=NUMCOL/DENCOL[,NUMCOL/DENCOL…]: every pre-period of a ratio is a NUMCOL/DENCOL pair' });
      return z.NEVER;
    }
    const ratios = pairs.map(([numerator, denominator]) => ({ numerator, denominator: denominator! }));
    return { metric, column: columns[0], columns, ratio: ratios[0], ratios };
  });

const ratioSpec = fraction.transform((text) => {
  const [metric, columns] = splitOnce(text, '=');
  const [numerator, denominator] = splitOnce(columns!, '/');
  return { name: metric, numerator, denominator: denominator! };
});

const weightsSpec = z
  .string()
  .transform((text, context) => {
    const parts = text.split(',').map((part) => part.trim());
    const named = parts.every((part) => part.includes('='));
    const entries = parts.map((part) => (named ? splitOnce(part, '=') : [undefined, part] as const));
    const shares = entries.map(([, share]) => Number(share));
    if (parts.length < 2 || shares.some((share) => !(share >= 0) || !Number.isFinite(share)) || !shares.some((share) => share > 0)) {
      context.addIssue({ code: 'custom', message: 'expected two or more non-negative shares, e.g. 50,50 or A=50,B=50' });
      return z.NEVER;
    }
    return { names: named ? entries.map(([variant]) => variant!) : undefined, shares };
  });

const capSpec = z.string().transform((text, context) => {
  const percentile = /^p(\d+(?:\.\d+)?)$/i.exec(text.trim());
  const value = percentile ? Number(percentile[1]) : Number(text);
  if (percentile ? !(value > 0 && value < 100) : text.trim() === '' || !Number.isFinite(value)) {
    context.addIssue({ code: 'custom', message: 'expected pNN with 0 < NN < 100 (e.g. p99) or a number' });
    return z.NEVER;
  }
  return percentile ? { percentile: value } : value;
});

/** `2%` → relative 0.02; `1pp` → absolute 0.01 (percentage points); `0.5` → absolute, metric units. */
const marginSpec = z.string().transform((text, context) => {
  const match = /^\s*(\d+(?:\.\d+)?(?:e[+-]?\d+)?)\s*(%|pp)?\s*$/i.exec(text);
  const value = match ? Number(match[1]) / (match[2] ? 100 : 1) : NaN;
  if (!(value > 0) || !Number.isFinite(value)) {
    context.addIssue({ code: 'custom', message: 'expected a positive margin: relative as a percentage (2%), absolute in percentage points (1pp) or metric units (0.5)' });
    return z.NEVER;
  }
  return { scale: match![2] === '%' ? ('relative' as const) : ('absolute' as const), value };
});

/** `0.5,0.9` → [0.5, 0.9]: distinct quantiles in (0, 1), sorted. */
const quantileList = z.union([z.string(), z.number()]).transform((raw, context) => {
  const values = String(raw).split(',').map((part) => (part.trim() === '' ? NaN : Number(part)));
  if (values.length === 0 || values.some((value) => !(value > 0 && value < 1))) {
    context.addIssue({ code: 'custom', message: 'expected quantiles in (0, 1), comma-separated, e.g. 0.5,0.9' });
    return z.NEVER;
  }
  return [...new Set(values)].sort((a, b) => a - b);
});

const AnalyzeOptionsObject = z.object({
  file: name.optional().describe(TEXT.file),
  summary: name.optional().describe(TEXT.summary),
  variant: name.optional().describe(TEXT.variant),
  metric: repeatable.pipe(z.array(name)).default([]).describe(TEXT.metric),
  control: name.optional().describe(TEXT.control),
  unit: name.optional().describe(TEXT.unit),
  cluster: name.optional().describe(TEXT.cluster),
  covariate: repeatable.pipe(z.array(covariateSpec)).default([]).describe(TEXT.covariate),
  ratio: repeatable.pipe(z.array(ratioSpec)).default([]).describe(TEXT.ratio),
  segment: name.optional().describe(TEXT.segment),
  weights: weightsSpec.optional().describe(TEXT.weights),
  alpha: z.number().gt(0).lt(1).default(0.05).describe(TEXT.alpha),
  sides: z.enum(['two', 'greater', 'less']).default('two').describe(TEXT.sides),
  relativeCi: z.enum(['delta', 'fieller']).default('fieller').describe(TEXT.relativeCi),
  scoreMethod: z.enum(['farrington-manning', 'miettinen-nurminen']).default('farrington-manning').describe(TEXT.scoreMethod),
  exact: z.boolean().default(false).describe(TEXT.exact),
  sequential: z.boolean().default(false).describe(TEXT.sequential),
  tuning: z.number().int().positive().default(5000).describe(TEXT.tuning),
  bayesian: z.boolean().default(false).describe(TEXT.bayesian),
  priorMean: z.number().optional().describe(TEXT.priorMean),
  priorVariance: z.number().positive().optional().describe(TEXT.priorVariance),
  correction: z.enum(['none', 'bonferroni', 'holm', 'bh', 'dunnett']).default('none').describe(TEXT.correction),
  cap: capSpec.optional().describe(TEXT.cap),
  multiVariant: z.enum(['report', 'exclude', 'first']).default('report').describe(TEXT.multiVariant),
  json: z.boolean().default(false).describe(TEXT.json),
  out: name.optional().describe(TEXT.out),
  nonInferiority: marginSpec.optional().describe(TEXT.nonInferiority),
  equivalence: marginSpec.optional().describe(TEXT.equivalence),
  segmentCorrection: z.enum(['none', 'bonferroni', 'holm', 'bh']).default('holm').describe(TEXT.segmentCorrection),
  date: name.optional().describe(TEXT.date),
  currency: z.string().trim().min(1, 'must not be empty').max(8, 'expected an ISO 4217 code or a symbol, e.g. CNY or ¥').optional().describe(TEXT.currency),
  money: repeatable.pipe(z.array(name)).default([]).describe(TEXT.money),
  minutes: repeatable.pipe(z.array(name)).default([]).describe(TEXT.minutes),
  msprt: z.boolean().default(false).describe(TEXT.msprt),
  exactTest: z.enum(['fisher', 'boschloo', 'score', 'agresti-min']).optional().describe(TEXT.exactTest),
  quantile: quantileList.optional().describe(TEXT.quantile),
  bootstrap: z.number().int().min(100).max(1_000_000).optional().describe(TEXT.bootstrap),
  seed: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional().describe(TEXT.seed),
});

/**
 * Options of `livelift analyze`, from the raw command-line values to a validated, typed object:
 * the single source of truth for what the options are and what they default to. Descriptions
 * come from {@link TEXT} (shared with the yargs help).
 */
export const AnalyzeOptionsSchema = AnalyzeOptionsObject.superRefine(checkCombinations).describe('Options of livelift analyze');

export type AnalyzeOptions = z.output<typeof AnalyzeOptionsSchema>;

/** Options that only make sense for a CSV (a summary file already holds aggregated arms). */
const CSV_ONLY = ['variant', 'unit', 'cluster', 'segment', 'cap', 'date'] as const;

function checkCombinations(o: z.output<typeof AnalyzeOptionsObject>, context: z.RefinementCtx): void {
  const issue = (path: string, message: string) => context.addIssue({ code: 'custom', path: [path], message });
  if ((o.file === undefined) === (o.summary === undefined)) issue('file', 'give either a CSV file or --summary FILE (exactly one)');
  if (o.summary !== undefined) {
    for (const key of CSV_ONLY) if (o[key] !== undefined) issue(key, 'applies to CSV input only, not to --summary');
    if (o.covariate.length > 0 || o.ratio.length > 0) issue(o.ratio.length > 0 ? 'ratio' : 'covariate', 'applies to CSV input only; a summary file gives each metric its kind and covariate sums');
  } else if (o.file !== undefined) {
    if (o.variant === undefined) issue('variant', 'required for a CSV: the column holding each row\'s variant');
    if (o.metric.length === 0 && o.ratio.length === 0) issue('metric', 'name at least one metric column (or a --ratio)');
  }
  const metricNames = [...o.metric, ...o.ratio.map((ratio) => ratio.name)];
  metricNames.forEach((metric, i) => {
    if (metricNames.indexOf(metric) !== i) issue('metric', `"${metric}" is named twice`);
  });
  for (const covariate of o.covariate) {
    const isRatio = o.ratio.some((ratio) => ratio.name === covariate.metric);
    if (!metricNames.includes(covariate.metric)) issue('covariate', `"${covariate.metric}" is not a --metric or --ratio name`);
    else if (isRatio && covariate.ratio === undefined) issue('covariate', `"${covariate.metric}" is a ratio: give its pre-period as ${covariate.metric}=NUMCOL/DENCOL`);
    else if (!isRatio && covariate.ratio !== undefined) issue('covariate', `"${covariate.metric}" is not a ratio: give one column, ${covariate.metric}=COL`);
    const columns = o.covariate.filter((other) => other.metric === covariate.metric).flatMap((other) => other.columns);
    if (new Set(columns).size < columns.length) issue('covariate', `"${covariate.metric}" names a covariate column twice`);
  }
  if ((o.priorMean === undefined) !== (o.priorVariance === undefined)) issue(o.priorMean === undefined ? 'priorMean' : 'priorVariance', 'give --prior-mean and --prior-variance together');
  if (o.priorMean !== undefined && !o.bayesian) issue('priorMean', 'a prior needs --bayesian');
  if (o.exact && o.sequential) issue('exact', 'is a fixed-horizon test; it cannot be combined with --sequential');
  if (o.exact && o.cluster !== undefined) issue('exact', 'tests units, not clusters; it cannot be combined with --cluster');
  if (o.exactTest !== undefined && !o.exact) issue('exactTest', 'chooses the test of --exact; add --exact');
  if (o.correction === 'dunnett' && (o.sequential || o.exact)) issue('correction', `dunnett needs the t or normal statistics of fixed-horizon tests; it cannot be combined with --${o.sequential ? 'sequential' : 'exact'}`);
  if (o.sequential && o.sides !== 'two' && o.alpha >= 0.5) issue('alpha', 'a one-sided confidence sequence needs alpha below 0.5');
  if (o.nonInferiority !== undefined && o.equivalence !== undefined) issue('equivalence', 'give --non-inferiority or --equivalence, not both');
  const margin = o.nonInferiority !== undefined ? 'nonInferiority' : o.equivalence !== undefined ? 'equivalence' : undefined;
  if (margin !== undefined) {
    if (o.sequential) issue(margin, 'is a fixed-horizon test; it cannot be combined with --sequential');
    if (o.exact) issue(margin, 'uses the score test of conversions; it cannot be combined with --exact');
    if (!(o.alpha < 0.5)) issue('alpha', 'a margin test needs alpha below 0.5 (its interval has level 1 − 2·alpha)');
    if (margin === 'equivalence' && o.sides !== 'two') issue('sides', 'equivalence tests both sides; leave --sides two');
  }
  if (o.date !== undefined && o.cluster !== undefined) issue('date', 'is not available with --cluster (the over-time view keeps per-day sums of rows, not of clusters)');
  for (const key of ['money', 'minutes'] as const) {
    for (const metric of o[key]) if (!metricNames.includes(metric)) issue(key, `"${metric}" is not a --metric or --ratio name`);
  }
  if (o.money.length > 0 && o.currency === undefined) issue('money', 'names money metrics: give their currency with --currency (e.g. CNY)');
  for (const metric of o.money) if (o.minutes.includes(metric)) issue('minutes', `"${metric}" is named by both --money and --minutes`);
  if (o.msprt && o.sides !== 'two') issue('msprt', 'is a two-sided test; it cannot be combined with --sides ' + o.sides);
  if (o.msprt && o.cluster !== undefined) issue('msprt', 'tests units, not clusters; it cannot be combined with --cluster');
  if (o.quantile !== undefined && o.summary !== undefined) issue('quantile', 'needs the per-row values of a CSV; a summary file holds only sums');
  if (o.quantile !== undefined && o.cluster !== undefined) issue('quantile', 'the bootstrap resamples rows, not clusters; it cannot be combined with --cluster');
  for (const key of ['bootstrap', 'seed'] as const) {
    if (o[key] !== undefined && o.quantile === undefined) issue(key, 'only sets the --quantile bootstrap: give --quantile too');
  }
  if (o.quantile !== undefined && o.metric.length === 0) issue('quantile', 'compares quantiles of --metric columns (not of --ratio metrics): name one');
  if (o.weights?.names !== undefined && o.control !== undefined && !o.weights.names.includes(o.control)) {
    issue('control', `"${o.control}" is not among the --weights names (${o.weights.names.join(', ')})`);
  }
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text.trim(), undefined] : [text.slice(0, at).trim(), text.slice(at + separator.length).trim()];
}
