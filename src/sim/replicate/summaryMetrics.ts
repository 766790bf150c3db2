import type { RunResult } from '../model/index.js';

/** A metric of a run that the summary reports across replicates, with its unit for tables. */
export interface SummaryMetric {
  name: string;
  label: string;
  unit: 'viewers' | 'fraction' | 'currency' | 'seconds' | 'count' | 'events';
  value: (run: RunResult) => number;
}

/**
 * The metrics of `summary`, in display order: the funnel and its rates from arrival, orders and
 * revenue, the R = A × P × V decomposition, concurrency and watch time, engagement, retention and
 * the event count.
 */
export const SUMMARY_METRICS: readonly SummaryMetric[] = [
  { name: 'arrived', label: 'Viewers arrived (A)', unit: 'viewers', value: (r) => r.funnel.arrived },
  { name: 'engaged', label: 'Engaged viewers', unit: 'viewers', value: (r) => r.funnel.engaged },
  { name: 'sawLink', label: 'Saw the link', unit: 'viewers', value: (r) => r.funnel.sawLink },
  { name: 'clicked', label: 'Clicked', unit: 'viewers', value: (r) => r.funnel.clicked },
  { name: 'bought', label: 'Buyers', unit: 'viewers', value: (r) => r.funnel.bought },
  { name: 'engagedRate', label: 'Engaged / arrived', unit: 'fraction', value: (r) => r.rates.engaged },
  { name: 'sawLinkRate', label: 'Saw link / arrived', unit: 'fraction', value: (r) => r.rates.sawLink },
  { name: 'clickedRate', label: 'Clicked / arrived', unit: 'fraction', value: (r) => r.rates.clicked },
  { name: 'conversionRate', label: 'Bought / arrived (P)', unit: 'fraction', value: (r) => r.rates.bought },
  { name: 'orders', label: 'Orders', unit: 'count', value: (r) => r.orders },
  { name: 'revenue', label: 'Revenue (R)', unit: 'currency', value: (r) => r.revenue },
  { name: 'averageOrderValue', label: 'Average order value', unit: 'currency', value: (r) => r.averageOrderValue },
  { name: 'valuePerBuyer', label: 'Revenue per buyer (V)', unit: 'currency', value: (r) => r.decomposition.valuePerBuyer },
  { name: 'revenuePerViewer', label: 'Revenue per viewer', unit: 'currency', value: (r) => r.revenuePerViewer },
  { name: 'costs', label: 'Costs (promotion, commission, orders, host, rewards)', unit: 'currency', value: (r) => r.costs.total },
  { name: 'profit', label: 'Profit (revenue − costs)', unit: 'currency', value: (r) => r.profit },
  { name: 'peakConcurrentViewers', label: 'Peak concurrent viewers', unit: 'viewers', value: (r) => r.peakConcurrentViewers },
  { name: 'meanConcurrentViewers', label: 'Mean concurrent viewers', unit: 'viewers', value: (r) => r.meanConcurrentViewers },
  { name: 'meanWatchSeconds', label: 'Mean watch time', unit: 'seconds', value: (r) => r.meanWatchSeconds },
  { name: 'chats', label: 'Chat messages', unit: 'count', value: (r) => r.interactions.chats },
  {
    name: 'interactions',
    label: 'Interactions (all kinds)',
    unit: 'count',
    value: (r) => r.interactions.chats + r.interactions.likes + r.interactions.votes + r.interactions.questions,
  },
  { name: 'decisions', label: 'Decisions (weighings under timing "hazard")', unit: 'count', value: (r) => r.decisions },
  { name: 'newFollowers', label: 'New followers', unit: 'viewers', value: (r) => r.retention.newFollowers },
  { name: 'expectedReturningViewers', label: 'Expected returning viewers', unit: 'viewers', value: (r) => r.retention.expectedReturningViewers },
  { name: 'events', label: 'Events processed', unit: 'events', value: (r) => r.events },
];
