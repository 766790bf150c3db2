/**
 * Words and tests for the metrics a simulated experiment can analyze (their definitions live in
 * src/experiments/schema/metrics.ts; the report only needs how to name them and which test the
 * stats engine ran). Unknown names are shown as they are.
 */
const METRIC_WORDS: Readonly<Record<string, { label: string; test: string }>> = {
  conversion: { label: 'conversion', test: 'two-proportion z-test' },
  revenuePerViewer: { label: 'revenue per viewer', test: 'Welch t-test' },
  averageOrderValue: { label: 'average order value', test: 'delta method for a ratio of means' },
  watchTime: { label: 'watch time', test: 'Welch t-test' },
  chatRate: { label: 'chat rate', test: 'delta method for a ratio of means' },
  returnRate: { label: 'return rate', test: 'two-proportion z-test' },
  engagementRate: { label: 'engagement rate', test: 'two-proportion z-test' },
  linkViewRate: { label: 'link view rate', test: 'two-proportion z-test' },
  clickRate: { label: 'click rate', test: 'two-proportion z-test' },
};

/** "revenue per viewer" for revenuePerViewer. */
export function metricLabel(metric: string): string {
  return Object.hasOwn(METRIC_WORDS, metric) ? METRIC_WORDS[metric].label : metric;
}

/** The stats engine's test of a metric at viewer level. */
export function metricTest(metric: string): string {
  return Object.hasOwn(METRIC_WORDS, metric) ? METRIC_WORDS[metric].test : 'stats engine default for its kind';
}
