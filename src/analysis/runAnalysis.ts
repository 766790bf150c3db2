import { armMoments } from '../stats/armMoments.js';
import { probabilityToBeBest, type ArmPosterior } from '../stats/bayesian/probabilityToBeBest.js';
import { srmTest } from '../stats/srmTest.js';
import { finiteOrNull } from '../stats/toJsonSafe.js';
import type { StatsWarning } from '../stats/types.js';
import { warning } from '../stats/warnings.js';
import type { AnalyzeOptions } from './analyzeOptions.js';
import type { AnalysisResult, MetricResult, SrmJson, VariantUnits } from './analysisResult.js';
import { applyCorrection } from './applyCorrection.js';
import { compareVariant } from './compareVariant.js';
import { dunnettCorrection } from './dunnettCorrection.js';
import { comparisonResult } from './comparisonResult.js';
import type { AggregatedData, AggregatedMetric } from './input/AggregatedData.js';
import { metricUnit, type MetricUnit } from './metricUnit.js';
import { msprtResults } from './msprtResult.js';
import { overTimeResult } from './overTimeResult.js';
import { quantileNote, quantileResults } from './quantileResult.js';
import { resolveVariants, type VariantPlan } from './resolveVariants.js';
import { segmentHeterogeneity } from './segmentHeterogeneity.js';

/** Flag a sample ratio mismatch below this p-value (Fabijan et al., KDD 2019). */
export const SRM_THRESHOLD = 0.001;

/**
 * The analysis pipeline of `livelift analyze`:
 *
 *   read (CSV stream | summary file) → validate → aggregate sufficient stats   [analyzeInput]
 *     → order variants, pick the control, planned split                        [resolveVariants]
 *     → SRM (chi-square on units vs split), overall and per segment            [srmTest]
 *     → per scope × metric × variant: fixed / cluster → CUPED → sequential → Bayesian [compareVariant]
 *     → corrections across all comparisons (Holm / BH, consistent intervals)  [applyCorrection]
 *       or many-to-one within each scope × metric (Dunnett)                   [dunnettCorrection]
 *     → verdicts in plain words, JSON-safe result                             [comparisonResult]
 *
 * Pure: the same aggregated data and options give the same result.
 */
export function runAnalysis(data: AggregatedData, options: AnalyzeOptions, meta: { version: string }): AnalysisResult {
  const plan = resolveVariants(data.variants, options, { file: data.input.file, variantPath: options.variant, inputControl: data.control });
  const scopes = [{ units: data.units, metrics: data.metrics }, ...data.segments];
  const drafts = scopes.map((scope) => scope.metrics.map((metric) => plan.order.slice(1).map((v) => compareVariant(metric, plan.order[0], v, data.variants, options))));
  const corrections =
    options.correction === 'dunnett'
      ? drafts.flatMap((scope) => scope.flatMap((metric) => dunnettCorrection(metric, options.alpha, options.sides)))
      : applyCorrection(drafts.flat(2), options.correction, options.alpha);
  let next = 0; // corrections are in the order of drafts.flat(2): scope, metric, variant
  const scopeMetrics = scopes.map((scope, s): MetricResult[] =>
    scope.metrics.map((metric, m) => metricResult(metric, plan, drafts[s][m].map((draft, i) => withMsprt(comparisonResult(metric.name, draft, corrections[next++], options), metric, plan.order[0], plan.order[i + 1], options)), metricUnit(metric.name, metric.kind, options), options)),
  );
  if (data.armValues !== undefined) scopeMetrics[0] = scopeMetrics[0].map((metric, m) => withQuantiles(metric, data, data.metrics[m], plan, options));
  if (data.segments.length > 0) {
    scopeMetrics[0] = scopeMetrics[0].map((metric, m) => ({
      ...metric,
      comparisons: metric.comparisons.map((comparison, v) => {
        const segments = data.segments.map((segment, s) => {
          const index = segment.metrics.findIndex((candidate) => candidate.name === metric.name);
          return { name: segment.name, draft: index < 0 ? undefined : drafts[s + 1][index][v] };
        });
        return { ...comparison, heterogeneity: segmentHeterogeneity(segments, { metric: metric.name, variant: drafts[0][m][v].variant }, options) };
      }),
    }));
  }
  const srm = srmJson(plan, data.units);
  const segments = data.segments.map((segment, s) => ({
    name: segment.name,
    variants: variantUnits(plan, segment.units),
    srm: srmJson(plan, segment.units),
    metrics: scopeMetrics[s + 1],
  }));
  const warnings: StatsWarning[] = [
    ...(srm.flagged ? [srmWarning('overall', srm)] : []),
    ...segments.filter((segment) => segment.srm.flagged).map((segment) => srmWarning(`segment "${segment.name}"`, segment.srm)),
  ];
  return {
    kind: 'analysis',
    version: meta.version,
    input: data.input,
    options: resolvedOptions(options),
    alpha: options.alpha,
    sides: options.sides,
    control: plan.control,
    correction: options.correction,
    unitsCounted: data.unitsCounted,
    variants: variantUnits(plan, data.units),
    srm,
    dataQuality: data.dataQuality,
    metrics: scopeMetrics[0],
    ...(options.segment !== undefined ? { segmentColumn: options.segment, segments } : {}),
    warnings,
    ...(data.overTime ? { overTime: overTimeResult(data.overTime, plan, data.variants, options, (units) => srmJson(plan, units)) } : {}),
  };
}

function metricResult(metric: AggregatedMetric, plan: VariantPlan, comparisons: MetricResult['comparisons'], unit: MetricUnit | undefined, options: AnalyzeOptions): MetricResult {
  const best = options.bayesian && plan.order.length >= 3 ? bestArms(metric, plan) : undefined;
  return {
    name: metric.name,
    kind: metric.kind,
    ...(metric.columns ? { columns: metric.columns } : {}),
    ...(metric.cap ? { cap: metric.cap } : {}),
    ...(unit ? { unit } : {}),
    variants: plan.order.map((v, i) => {
      const stats = metric.arms[v];
      const moments = stats.n > 0 ? armMoments(stats, metric.kind) : undefined;
      return { name: plan.names[i], n: stats.n, mean: finiteOrNull(moments?.mean ?? NaN), variance: finiteOrNull(moments?.variance ?? NaN), ...(best ? { probabilityToBeBest: finiteOrNull(best[i]) } : {}) };
    }),
    comparisons,
  };
}

/** `--msprt` on a conversion metric: the mSPRT of the whole data beside the decision. */
function withMsprt(comparison: MetricResult['comparisons'][number], metric: AggregatedMetric, control: number, variant: number, options: AnalyzeOptions): MetricResult['comparisons'][number] {
  if (!options.msprt || metric.kind !== 'proportion') return comparison;
  const msprt = msprtResults([{ control: metric.arms[control], treatment: metric.arms[variant] }], options)?.[0];
  return msprt ? { ...comparison, msprt } : comparison;
}

/** `--quantile` on the overall scope: quantile rows for a mean metric, a note for the others. */
function withQuantiles(result: MetricResult, data: AggregatedData, metric: AggregatedMetric, plan: VariantPlan, options: AnalyzeOptions): MetricResult {
  const values = data.armValues?.find((entry) => entry.metric === metric.name);
  if (values === undefined) return result;
  const note = quantileNote(metric.kind);
  if (note !== undefined) return { ...result, quantileNote: note };
  return {
    ...result,
    comparisons: result.comparisons.map((comparison, i) => ({ ...comparison, quantiles: quantileResults(metric.name, comparison.variant, values.arms[plan.order[0]], values.arms[plan.order[i + 1]], options) })),
  };
}

/**
 * Probability to be best of every arm (plan order) from per-arm posteriors: Beta(1 + x, 1 + n − x)
 * for conversions (uniform prior, as the Beta-Binomial comparison), Normal(mean, variance/n) for
 * means and ratios (flat prior; the per-unit variance of armMoments, delta-method for a ratio).
 */
function bestArms(metric: AggregatedMetric, plan: VariantPlan): number[] {
  const posteriors = plan.order.map((v): ArmPosterior => {
    const stats = metric.arms[v];
    if (metric.kind === 'proportion') return { kind: 'beta', a: 1 + stats.sum, b: 1 + stats.n - stats.sum };
    const moments = stats.n > 1 ? armMoments(stats, metric.kind) : undefined;
    return { kind: 'normal', mean: moments?.mean ?? NaN, sd: moments ? Math.sqrt(moments.variance / stats.n) : NaN };
  });
  return probabilityToBeBest(posteriors);
}

function variantUnits(plan: VariantPlan, units: readonly number[]): VariantUnits[] {
  return plan.order.map((v, i) => ({ name: plan.names[i], units: units[v], expectedShare: plan.expectedShares[i] }));
}

function srmJson(plan: VariantPlan, units: readonly number[]): SrmJson {
  const result = srmTest(plan.order.map((v) => units[v]), plan.expectedShares, SRM_THRESHOLD);
  return { chiSquare: finiteOrNull(result.chiSquare), df: result.df, pValue: result.pValue, flagged: result.flagged, threshold: SRM_THRESHOLD };
}

function srmWarning(scope: string, srm: SrmJson): StatsWarning {
  return warning('SAMPLE_RATIO_MISMATCH', `${scope}: chi-square ${srm.chiSquare ?? 'inf'}, p = ${srm.pValue.toPrecision(3)}`);
}

/**
 * The analysis options as JSON (defaults filled in), so a report can show and a user can rerun
 * them; the output options (--json, --out) are left out, so the result does not depend on them.
 */
function resolvedOptions(options: AnalyzeOptions): Record<string, unknown> {
  const { json: _json, out: _out, ...analysis } = options;
  return JSON.parse(JSON.stringify(analysis)) as Record<string, unknown>;
}
