import type { ReportTable } from '../report.js';
import type { AnalysisResultData as AnalysisResult } from '../../results/index.js';

/** Per-variant summaries of every metric: n, mean, variance (and the probability to be best with --bayesian, 3+ arms). */
export function analysisMetricTable(result: AnalysisResult): ReportTable {
  // --bayesian with 3+ arms: each arm's probability to be best, as the result states it.
  const hasBest = result.metrics.some((metric) => metric.variants.some((variant) => variant.probabilityToBeBest !== undefined));
  return {
    name: 'metrics',
    title: 'Metrics per variant',
    caption: 'Units with a value, mean per unit and sample variance, per metric and variant.',
    columns: [
      { key: 'metric', label: 'Metric', format: 'text' },
      { key: 'kind', label: 'Kind', format: 'text' },
      ...unitColumn(result),
      { key: 'variant', label: 'Variant', format: 'text' },
      { key: 'n', label: 'Units (n)', format: 'count' },
      { key: 'mean', label: 'Mean per unit', format: 'number' },
      { key: 'variance', label: 'Variance', format: 'number' },
      ...(hasBest ? [{ key: 'probabilityToBeBest', label: 'Probability to be best (%), Bayesian', format: 'percent' as const }] : []),
    ],
    rows: result.metrics.flatMap((metric) =>
      metric.variants.map((variant) => ({ metric: metric.name, kind: metric.kind, ...unitCell(result, metric), variant: variant.name, n: variant.n, mean: variant.mean, variance: variant.variance ?? null, ...(hasBest ? { probabilityToBeBest: variant.probabilityToBeBest ?? null } : {}) })),
    ),
  };
}

/**
 * Every comparison as its decision: absolute and relative effect with the decision's intervals,
 * the decision p-value and whether it is significant, exactly as the result states them, with
 * what the intervals are (fixed-horizon or always-valid; adjusted or not).
 */
export function analysisComparisonTable(result: AnalysisResult): ReportTable {
  const level = `${Math.round((1 - result.alpha) * 1000) / 10}%`;
  return {
    name: 'comparisons',
    title: 'Comparisons with control',
    caption: `Effects of each variant against control with ${level} intervals of the decision (the column "Intervals" says which); empty cells were not computed or are open-ended (one-sided tests).`,
    columns: [
      ...(result.segments?.length ? [{ key: 'segment', label: result.segmentColumn ?? 'Segment', format: 'text' as const }] : []),
      { key: 'metric', label: 'Metric', format: 'text' },
      ...unitColumn(result),
      { key: 'variant', label: 'Variant', format: 'text' },
      { key: 'control', label: 'Control', format: 'text' },
      { key: 'absolute', label: unitColumn(result).length > 0 ? 'Difference (in the Unit column)' : 'Difference (metric units)', format: 'number' },
      { key: 'absoluteLo', label: `Difference, ${level} CI low`, format: 'number' },
      { key: 'absoluteHi', label: `Difference, ${level} CI high`, format: 'number' },
      { key: 'relative', label: 'Lift (%)', format: 'signedPercent' },
      { key: 'relativeLo', label: `Lift, ${level} CI low (%)`, format: 'signedPercent' },
      { key: 'relativeHi', label: `Lift, ${level} CI high (%)`, format: 'signedPercent' },
      { key: 'pValue', label: 'Decision p-value', format: 'pValue' },
      { key: 'significant', label: 'Significant', format: 'text' },
      { key: 'intervals', label: 'Intervals', format: 'text' },
      { key: 'chanceToWin', label: 'Chance to beat control (%), Bayesian', format: 'percent' },
    ],
    // The overall rows, then each segment's (--segment): the same decision columns per segment.
    rows: [{ name: 'all', metrics: result.metrics }, ...(result.segments ?? [])].flatMap((scope, index) => scope.metrics.flatMap((metric) =>
      metric.comparisons.map(({ headline, ...comparison }) => ({
        ...(result.segments?.length ? { segment: index === 0 ? 'all' : scope.name } : {}),
        metric: metric.name,
        ...unitCell(result, metric),
        variant: comparison.variant,
        control: comparison.control,
        absolute: headline.absolute.estimate,
        absoluteLo: headline.absolute.ci[0],
        absoluteHi: headline.absolute.ci[1],
        relative: headline.relative?.estimate ?? null,
        relativeLo: headline.relative?.ci[0] ?? null,
        relativeHi: headline.relative?.ci[1] ?? null,
        pValue: comparison.absolute.se === null ? null : headline.pValue,
        significant: comparison.significant ? 'yes' : 'no',
        intervals: headline.label,
        chanceToWin: comparison.bayesian?.chanceToWin ?? null,
      })),
    )),
  };
}

/** The unit of a metric's values and differences (`--currency`, `--minutes`), when one was named. */
export function metricUnitLabel(metric: AnalysisResult['metrics'][number]): string | undefined {
  const unit = (metric as { unit?: { label?: unknown } }).unit;
  return typeof unit?.label === 'string' ? unit.label : undefined;
}

/** A "Unit" column when some metric has one (results without units keep their tables). */
function unitColumn(result: AnalysisResult): { key: string; label: string; format: 'text' }[] {
  return result.metrics.some((metric) => metricUnitLabel(metric) !== undefined) ? [{ key: 'unit', label: 'Unit', format: 'text' }] : [];
}

function unitCell(result: AnalysisResult, metric: AnalysisResult['metrics'][number]): { unit?: string } {
  return unitColumn(result).length > 0 ? { unit: metricUnitLabel(metric) ?? '' } : {};
}
