import type { MetricSummary } from '../../results/simulationResult.js';
import { finiteOrNull } from '../../stats/toJsonSafe.js';
import type { RunResult } from '../model/index.js';
import { meanAndSd, percentileInterval, tInterval } from './intervals.js';
import { SUMMARY_METRICS } from './summaryMetrics.js';

/** One metric across replicates: the schema's type (src/results/simulationResult.ts MetricSummarySchema). */
export type { MetricSummary };

export const INTERVAL_METHOD =
  'ci: 95% percentile interval of replicate outcomes (2.5th and 97.5th percentiles, linear interpolation, Hyndman-Fan type 7); ' +
  'meanCi: 95% Student-t interval for the mean across replicates';

/** Summarise a list of replicate values; what is not a finite number is null (JSON has no NaN). */
export function summariseValues(values: readonly number[]): MetricSummary {
  const { mean, sd } = meanAndSd(values);
  const [lo, hi] = percentileInterval(values);
  const [meanLo, meanHi] = tInterval(values);
  return { mean: finiteOrNull(mean), ci: [finiteOrNull(lo), finiteOrNull(hi)], meanCi: [finiteOrNull(meanLo), finiteOrNull(meanHi)], sd: finiteOrNull(sd) };
}

/** Every summary metric across the runs, by name (see SUMMARY_METRICS). */
export function summarize(runs: readonly RunResult[]): Record<string, MetricSummary> {
  const summary: Record<string, MetricSummary> = {};
  for (const metric of SUMMARY_METRICS) summary[metric.name] = summariseValues(runs.map(metric.value));
  return summary;
}

/** Per audience segment: arrivals, buyers, conversion, revenue and watch time across replicates. */
export function summarizeSegments(runs: readonly RunResult[]): Record<string, Record<string, MetricSummary>> {
  if (runs.length === 0) return {};
  const out: Record<string, Record<string, MetricSummary>> = {};
  runs[0].bySegment.forEach((segment, index) => {
    const pick = (field: 'arrived' | 'bought' | 'conversionRate' | 'revenue' | 'meanWatchSeconds') =>
      summariseValues(runs.map((run) => run.bySegment[index][field]));
    out[segment.id] = {
      arrived: pick('arrived'),
      bought: pick('bought'),
      conversionRate: pick('conversionRate'),
      revenue: pick('revenue'),
      meanWatchSeconds: pick('meanWatchSeconds'),
    };
  });
  return out;
}

/** Per product: views, clicks, orders and revenue across replicates. */
export function summarizeProducts(runs: readonly RunResult[]): Record<string, Record<string, MetricSummary>> {
  if (runs.length === 0) return {};
  const out: Record<string, Record<string, MetricSummary>> = {};
  runs[0].byProduct.forEach((product, index) => {
    const pick = (field: 'views' | 'clicks' | 'orders' | 'revenue') => summariseValues(runs.map((run) => run.byProduct[index][field]));
    out[product.id] = { views: pick('views'), clicks: pick('clicks'), orders: pick('orders'), revenue: pick('revenue') };
  });
  return out;
}
