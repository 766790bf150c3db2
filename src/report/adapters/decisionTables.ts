import type { ReportTable } from '../report.js';
import type { AnalysisResultData as AnalysisResult } from '../../results/index.js';

/**
 * Non-inferiority / equivalence tests (--non-inferiority, --equivalence) as the result states
 * them: margin, the 1 − 2·alpha interval that inverts the test, its p and the conclusion.
 * Undefined when no comparison has one.
 */
export function analysisMarginTable(result: AnalysisResult): ReportTable | undefined {
  const scopes = [{ name: 'all', metrics: result.metrics }, ...(result.segments ?? [])];
  const rows = scopes.flatMap((scope, index) =>
    scope.metrics.flatMap((metric) =>
      metric.comparisons.flatMap((comparison) => {
        const margin = comparison.margin;
        if (!margin) return [];
        return [{
          ...(result.segments?.length ? { segment: index === 0 ? 'all' : scope.name } : {}),
          metric: metric.name,
          variant: comparison.variant,
          test: margin.test,
          margin: margin.scale === 'relative' ? `${margin.margin * 100}% of control` : `${margin.margin} (metric units)`,
          ciLo: margin.ci[0],
          ciHi: margin.ci[1],
          pValue: margin.pValue,
          conclusion: margin.conclusion,
        }];
      }),
    ),
  );
  if (rows.length === 0) return undefined;
  const level = `${Math.round((1 - 2 * result.alpha) * 1000) / 10}%`;
  // One option sets the margin of every comparison, so all rows share its scale.
  const relative = result.metrics.some((metric) => metric.comparisons.some((comparison) => comparison.margin?.scale === 'relative'));
  const ciFormat = relative ? ('signedPercent' as const) : ('number' as const);
  return {
    name: 'margins',
    title: 'Non-inferiority and equivalence',
    caption: `Each test at alpha ${result.alpha}: the ${level} interval (relative lift for a relative margin, difference for an absolute one) lies beyond the margin exactly when p < alpha.`,
    columns: [
      ...(result.segments?.length ? [{ key: 'segment', label: result.segmentColumn ?? 'Segment', format: 'text' as const }] : []),
      { key: 'metric', label: 'Metric', format: 'text' },
      { key: 'variant', label: 'Variant', format: 'text' },
      { key: 'test', label: 'Test', format: 'text' },
      { key: 'margin', label: 'Margin', format: 'text' },
      { key: 'ciLo', label: `${level} CI low${relative ? ' (lift, %)' : ' (difference)'}`, format: ciFormat },
      { key: 'ciHi', label: `${level} CI high${relative ? ' (lift, %)' : ' (difference)'}`, format: ciFormat },
      { key: 'pValue', label: 'p-value', format: 'pValue' },
      { key: 'conclusion', label: 'Conclusion', format: 'text' },
    ],
    rows,
  };
}

/**
 * Treatment × segment heterogeneity (--segment): per metric × variant, Cochran's Q with its
 * p-value, and each segment's estimate with its p corrected across segments. Undefined without
 * segments.
 */
export function analysisHeterogeneityTable(result: AnalysisResult): ReportTable | undefined {
  const rows = result.metrics.flatMap((metric) =>
    metric.comparisons.flatMap((comparison) => {
      const heterogeneity = comparison.heterogeneity;
      if (!heterogeneity) return [];
      return heterogeneity.segments.map((segment) => ({
        metric: metric.name,
        variant: comparison.variant,
        q: heterogeneity.statistic,
        df: heterogeneity.df,
        qPValue: heterogeneity.pValue,
        segment: segment.name,
        estimate: segment.estimate,
        pValue: segment.pValue,
        adjustedPValue: segment.adjustedPValue,
        significant: segment.significant ? 'yes' : 'no',
      }));
    }),
  );
  if (rows.length === 0) return undefined;
  const correction = result.metrics.flatMap((metric) => metric.comparisons).find((comparison) => comparison.heterogeneity)?.heterogeneity?.correction ?? 'holm';
  return {
    name: 'heterogeneity',
    title: `Does the effect differ by ${result.segmentColumn ?? 'segment'}?`,
    caption: `Cochran's Q test of treatment × segment heterogeneity on the absolute difference (inverse-variance weights), and each segment's decision p-value corrected across the segments (${correction}).`,
    columns: [
      { key: 'metric', label: 'Metric', format: 'text' },
      { key: 'variant', label: 'Variant', format: 'text' },
      { key: 'q', label: "Cochran's Q", format: 'number' },
      { key: 'df', label: 'df', format: 'count' },
      { key: 'qPValue', label: 'Heterogeneity p-value', format: 'pValue' },
      { key: 'segment', label: result.segmentColumn ?? 'Segment', format: 'text' },
      { key: 'estimate', label: 'Difference (metric units)', format: 'number' },
      { key: 'pValue', label: 'Segment p-value', format: 'pValue' },
      { key: 'adjustedPValue', label: `Segment p-value, ${correction}-adjusted`, format: 'pValue' },
      { key: 'significant', label: 'Significant (adjusted)', format: 'text' },
    ],
    rows,
  };
}
