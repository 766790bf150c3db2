import type { MetricKind } from '../../stats/index.js';

/**
 * Per-viewer variables the simulator records for experiments, in this order. Every metric is a
 * ratio of two of them summed over viewers (the denominator `one` counts viewers), so a metric's
 * sufficient statistics come from the sums and cross-products of these variables alone.
 *
 * - bought: 1 if the viewer bought anything, else 0
 * - revenue: money the viewer paid (currency)
 * - orders: number of orders the viewer placed
 * - watchMinutes: minutes the viewer watched
 * - chats: chat messages the viewer sent
 * - followed: 1 if the viewer followed the host (retention), else 0
 * - engaged, sawLink, clicked: 1 if the viewer reached that funnel step (docs/model.md § Outputs:
 *   engaged = acted or saw the link; arrived ⊇ engaged ⊇ sawLink ⊇ clicked ⊇ bought), else 0
 * - covariate: the pre-period covariate chosen for CUPED (0 when none)
 */
export const VIEWER_VARIABLES = ['one', 'bought', 'revenue', 'orders', 'watchMinutes', 'chats', 'followed', 'engaged', 'sawLink', 'clicked', 'covariate'] as const;
export type ViewerVariable = (typeof VIEWER_VARIABLES)[number];

/** What a metric is: the stats engine's kind, numerator / denominator variables, label and unit. */
export interface MetricDefinition {
  readonly kind: MetricKind;
  readonly numerator: ViewerVariable;
  readonly denominator: ViewerVariable;
  readonly label: string;
  readonly unit: string;
}

/**
 * The metrics an experiment can name. Higher is better for all of them (a guardrail is breached
 * when it falls). Ratio metrics are analyzed with the delta method (`compareRatios`).
 */
export const METRICS = {
  conversion: { kind: 'proportion', numerator: 'bought', denominator: 'one', label: 'conversion', unit: 'buyers per viewer' },
  revenuePerViewer: { kind: 'mean', numerator: 'revenue', denominator: 'one', label: 'revenue per viewer', unit: 'currency per viewer' },
  averageOrderValue: { kind: 'ratio', numerator: 'revenue', denominator: 'orders', label: 'average order value', unit: 'currency per order' },
  watchTime: { kind: 'mean', numerator: 'watchMinutes', denominator: 'one', label: 'watch time', unit: 'minutes per viewer' },
  chatRate: { kind: 'ratio', numerator: 'chats', denominator: 'watchMinutes', label: 'chat rate', unit: 'chat messages per minute watched' },
  returnRate: { kind: 'proportion', numerator: 'followed', denominator: 'one', label: 'return rate', unit: 'share of viewers who follow the host' },
  engagementRate: { kind: 'proportion', numerator: 'engaged', denominator: 'one', label: 'engagement rate', unit: 'share of viewers who acted or saw the link' },
  linkViewRate: { kind: 'proportion', numerator: 'sawLink', denominator: 'one', label: 'link view rate', unit: 'share of viewers who saw the purchase link or an offer' },
  clickRate: { kind: 'proportion', numerator: 'clicked', denominator: 'one', label: 'click rate', unit: 'share of viewers who opened the product card' },
} as const satisfies Record<string, MetricDefinition>;

export type MetricName = keyof typeof METRICS;
export const METRIC_NAMES = Object.keys(METRICS) as [MetricName, ...MetricName[]];

/** One line per metric, for descriptions and help texts. */
export function metricTable(): string {
  return METRIC_NAMES.map((name) => `${name} (${METRICS[name].unit}${METRICS[name].kind === 'ratio' ? ', ratio' : ''})`).join('; ');
}
