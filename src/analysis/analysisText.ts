import { formatCount } from '../format/formatNumber.js';
import { formatPercent } from '../format/formatPercent.js';
import { textTable } from '../format/textTable.js';
import type { AnalysisResult, ComparisonResult, MetricResult, SrmJson, VariantUnits } from './analysisResult.js';
import { overTimeText } from './overTimeText.js';
import { formatP, formatPlain } from './verdict.js';

/**
 * The readable output of `livelift analyze` (without `--json`): a header, the split and its SRM
 * test, one aligned table per metric (control first), a one-line verdict per comparison, then
 * data-quality and analysis warnings. Segments repeat the tables under their own heading.
 */
export function analysisText(result: AnalysisResult): string {
  const level = `${Number(((1 - result.alpha) * 100).toPrecision(4))}%`;
  const sides = { two: 'two-sided', greater: 'one-sided (greater)', less: 'one-sided (less)' }[result.sides];
  const lines = [
    `livelift analyze ${result.input.file}: ${formatCount(result.dataQuality.rows)} ${result.input.format === 'csv' ? 'rows' : 'units'}, control ${result.control}, alpha ${result.alpha} (${sides})${result.correction === 'none' ? '' : `, ${result.correction} correction`}`,
    ...scopeText(result, result.unitsCounted, result.variants, result.srm, result.metrics, level),
  ];
  const segmentUnits = result.unitsCounted === 'clusters' ? 'clusters' : 'rows';
  for (const segment of result.segments ?? []) {
    lines.push('', `=== ${result.segmentColumn} = ${segment.name} ===`, ...scopeText(result, segmentUnits, segment.variants, segment.srm, segment.metrics, level));
  }
  if (result.overTime) lines.push(...overTimeText(result.overTime, level));
  // Every warning the report lists (analysis, data quality, each comparison's), each once.
  const scopes = [result.metrics, ...(result.segments ?? []).map((segment) => segment.metrics)];
  const comparisonWarnings = scopes.flatMap((metrics) => metrics.flatMap((metric) => metric.comparisons.flatMap((comparison) => comparison.warnings)));
  const all = [...new Set([...result.warnings, ...result.dataQuality.warnings, ...comparisonWarnings].map((entry) => `${entry.code}: ${entry.message}`))];
  if (all.length > 0) {
    lines.push('', 'Warnings:');
    for (const text of all) lines.push(`  ! ${text}`);
  }
  return `${lines.join('\n')}\n`;
}

function scopeText(result: AnalysisResult, counted: string, variants: VariantUnits[], srm: SrmJson, metrics: MetricResult[], level: string): string[] {
  const split = variants.map((variant) => `${variant.name} ${formatCount(variant.units)} (planned ${formatPercent(variant.expectedShare)})`).join(', ');
  const srmLine = `SRM: chi-square ${srm.chiSquare === null ? 'inf' : formatPlain(srm.chiSquare)}, p = ${formatP(srm.pValue)}${srm.flagged ? '  ** SAMPLE RATIO MISMATCH: distrust every result below **' : ' (ok)'}`;
  const lines = [`${capitalize(counted)}: ${split}`, srmLine];
  for (const metric of metrics) lines.push('', ...metricText(result, metric, level));
  return lines;
}

function metricText(result: AnalysisResult, metric: MetricResult, level: string): string[] {
  const comparisons = new Map(metric.comparisons.map((comparison) => [comparison.variant, comparison]));
  const extra = extraColumns(metric.comparisons);
  const unit = metric.unit ? ` (${metric.unit.label})` : '';
  const header = ['variant', 'n', `mean${unit}`, `abs lift${unit}`, `${level} CI`, 'rel lift', `${level} CI`, 'p', ...extra.map((column) => column.label)];
  const rows = metric.variants.map((variant) => {
    const comparison = comparisons.get(variant.name);
    const mean = variant.mean === null ? '-' : formatPlain(variant.mean);
    if (comparison === undefined) return [variant.name, formatCount(variant.n), mean, '(control)'];
    const { absolute, relative, pValue } = comparison.headline;
    const informative = comparison.absolute.se !== null;
    return [
      variant.name,
      formatCount(variant.n),
      mean,
      signed(absolute.estimate, formatPlain),
      interval(absolute.ci, formatPlain),
      relative ? signed(relative.estimate, formatPercent) : '-',
      relative ? interval(relative.ci, formatPercent) : '-',
      informative ? formatP(pValue) : '-',
      ...extra.map((column) => column.value(comparison)),
    ];
  });
  const cap = metric.cap ? `, capped at ${formatPlain(metric.cap.threshold)}` : '';
  const labels = [...new Set(metric.comparisons.map((comparison) => comparison.headline.label))];
  return [
    `${metric.name} (${metric.kind}${cap}${metric.unit ? `, ${metric.unit.kind === 'money' ? `in ${metric.unit.label}` : 'minutes'}` : ''})`,
    ...textTable([header, ...rows], { align: 'first-left', underline: false, indent: '  ' }),
    ...labels.map((label) => `  (intervals and p: ${label})`),
    ...bestLine(metric),
    ...metric.comparisons.map((comparison) => `  → ${comparison.verdict}`),
    ...metric.comparisons.flatMap((comparison) => (comparison.margin ? [`  → ${comparison.margin.verdict}`] : [])),
    ...metric.comparisons.flatMap((comparison) => (comparison.heterogeneity ? heterogeneityText(comparison.heterogeneity) : [])),
    ...quantileText(metric, level),
  ];
}

/** `--quantile`: a small table of each asked quantile per comparison, labelled as beside the decision. */
function quantileText(metric: MetricResult, level: string): string[] {
  if (metric.quantileNote !== undefined) return [`  (${metric.quantileNote})`];
  const rows = metric.comparisons.flatMap((comparison) =>
    (comparison.quantiles ?? []).map((row) => [
      `q${Number((row.quantile * 100).toPrecision(4))}`,
      comparison.variant,
      row.control === null ? '-' : formatPlain(row.control),
      row.treatment === null ? '-' : formatPlain(row.treatment),
      row.absolute ? signed(row.absolute.estimate, formatPlain) : '-',
      row.absolute ? interval(row.absolute.ci, formatPlain) : '-',
      row.relative ? signed(row.relative.estimate, formatPercent) : '-',
      row.relative ? interval(row.relative.ci, formatPercent) : '-',
    ]),
  );
  if (rows.length === 0) return [];
  const first = metric.comparisons.find((comparison) => comparison.quantiles?.length)!.quantiles![0];
  const header = ['quantile', 'variant', `control`, 'variant q', 'difference', `${level} CI`, 'relative', `${level} CI`];
  return [
    `  Quantiles (${first.label}: percentile bootstrap, ${formatCount(first.resamples)} resamples, seed ${first.seed}; numpy linear quantiles):`,
    ...textTable([header, ...rows], { align: 'first-left', underline: false, indent: '    ' }),
  ];
}

/** The heterogeneity verdict and each segment's corrected p (`--segment`). */
function heterogeneityText(heterogeneity: NonNullable<ComparisonResult['heterogeneity']>): string[] {
  const label = heterogeneity.correction === 'none' ? 'p' : `${heterogeneity.correction}-adjusted p across segments`;
  const segments = heterogeneity.segments.map((segment) => `${segment.name} ${segment.adjustedPValue === null ? '-' : formatP(segment.adjustedPValue)}`).join(', ');
  return [`  → ${heterogeneity.verdict}`, `    per segment (${label}): ${segments}`];
}

/** With --bayesian and 3+ arms: each arm's probability to be best, from the result. */
function bestLine(metric: MetricResult): string[] {
  if (!metric.variants.some((variant) => variant.probabilityToBeBest !== undefined)) return [];
  const model = metric.kind === 'proportion' ? 'Beta posteriors' : 'normal posteriors';
  const arms = metric.variants.map((variant) => `${variant.name} ${variant.probabilityToBeBest == null ? '-' : formatPercent(variant.probabilityToBeBest)}`);
  return [`  P(best), Bayesian (${model} per arm): ${arms.join(', ')}`];
}

interface ExtraColumn {
  readonly label: string;
  readonly value: (comparison: ComparisonResult) => string;
}

/**
 * Columns shown only when some comparison has them: what the decision would be without the
 * correction, without the confidence sequence or without CUPED, the variance reduction, the
 * design effect and the Bayesian chance to beat control. Each is labelled as what it is.
 */
function extraColumns(comparisons: ComparisonResult[]): ExtraColumn[] {
  const has = (pick: (comparison: ComparisonResult) => unknown) => comparisons.some((comparison) => pick(comparison));
  const columns: ExtraColumn[] = [];
  if (has((c) => c.headline.adjusted)) columns.push({ label: 'unadjusted p', value: (c) => formatP(c.headline.unadjustedPValue) });
  if (has((c) => c.sequential)) columns.push({ label: 'fixed-horizon p', value: (c) => pText((c.cuped ?? c).absolute.pValue) });
  if (has((c) => c.cluster)) columns.push({ label: 'design effect', value: (c) => (c.cluster?.designEffect == null ? '-' : formatPlain(c.cluster.designEffect)) });
  if (has((c) => c.cuped)) {
    columns.push({ label: 'p without CUPED', value: (c) => pText(c.absolute.pValue) });
    columns.push({ label: 'var. reduction', value: (c) => (c.cuped ? formatPercent(c.cuped.varianceReduction) : '-') });
  }
  if (has((c) => c.headline.exact)) {
    columns.push({ label: 'odds ratio', value: (c) => oddsText(c) });
    columns.push({ label: 'exact CI', value: (c) => (c.headline.exact ? interval(c.headline.exact.ci, formatPlain) : '-') });
  }
  if (has((c) => c.msprt)) columns.push({ label: 'mSPRT p', value: (c) => pText(c.msprt?.pValue) });
  if (has((c) => c.bayesian)) columns.push({ label: 'P(beats control)', value: (c) => (c.bayesian ? formatPercent(c.bayesian.chanceToWin) : '-') });
  return columns;
}

/** The exact odds ratio; null in the JSON is ∞ when the variant is ahead, else undefined (no or only conversions overall). */
function oddsText(comparison: ComparisonResult): string {
  const exact = comparison.headline.exact;
  if (!exact) return '-';
  if (exact.oddsRatio !== null) return formatPlain(exact.oddsRatio);
  return comparison.headline.absolute.estimate > 0 ? 'inf' : '-';
}

function pText(p: number | null | undefined): string {
  return p == null ? '-' : formatP(p);
}

function interval(ci: readonly [number | null, number | null], show: (value: number) => string): string {
  const [lo, hi] = ci;
  return `[${lo === null ? '-inf' : show(lo)}, ${hi === null ? 'inf' : show(hi)}]`;
}

function signed(value: number | null, show: (value: number) => string): string {
  if (value === null) return '-';
  return value > 0 ? `+${show(value)}` : show(value);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
