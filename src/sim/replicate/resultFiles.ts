import { csvDocument } from '../../format/csv.js';
import type { SimulationResult } from './SimulationResult.js';
import { SUMMARY_METRICS } from './summaryMetrics.js';

/**
 * The files `--out DIR` writes, by name: the whole result as JSON, the summary as CSV (one row per
 * metric) and the per-minute timelines of every replicate as CSV (one row per replicate and
 * minute). A later report step adds HTML next to them.
 */
export function resultFiles(result: SimulationResult, json: string): Record<string, string> {
  return {
    'result.json': json,
    'summary.csv': summaryCsv(result),
    'timeline.csv': timelineCsv(result),
  };
}

export function summaryCsv(result: SimulationResult): string {
  const header = ['metric', 'mean', 'ci_low', 'ci_high', 'mean_ci_low', 'mean_ci_high', 'sd'];
  return csvDocument(header, SUMMARY_METRICS.map((metric) => {
    const s = result.summary[metric.name];
    // null (not a finite number) is written as NaN, as it always was
    return [metric.name, ...[s.mean, s.ci[0], s.ci[1], s.meanCi[0], s.meanCi[1], s.sd].map((value) => value ?? NaN)];
  }));
}

export function timelineCsv(result: SimulationResult): string {
  const columns = ['minute', 'arrivals', 'departures', 'concurrentViewers', 'peakViewers', 'chats', 'interactions', 'linkViews', 'clicks', 'orders', 'revenue'] as const;
  const rows = result.runs.flatMap((run) => run.timeline.map((row) => [run.replicate, ...columns.map((column) => row[column])]));
  return csvDocument(['replicate', ...columns], rows);
}
