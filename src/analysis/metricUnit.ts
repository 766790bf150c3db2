import type { AnalysisMetric } from '../results/index.js';
import type { MetricKind } from '../stats/types.js';
import type { AnalyzeOptions } from './analyzeOptions.js';

/** The unit a metric's values (means, differences) are in, when the user named one (src/results/analysisResult.ts, the metric's `unit`). */
export type MetricUnit = NonNullable<AnalysisMetric['unit']>;

/**
 * A metric's unit from the options: `--minutes METRIC` makes it minutes; with `--currency CODE`,
 * the metrics of `--money` (when given) or else every mean and ratio metric not in `--minutes`
 * are money. Proportions have no unit (they are rates; their lifts are shown as % or as a
 * difference of rates). Undefined when no unit was named, so results without these options are
 * unchanged.
 */
export function metricUnit(name: string, kind: MetricKind, options: Pick<AnalyzeOptions, 'currency' | 'money' | 'minutes'>): MetricUnit | undefined {
  if (options.minutes.includes(name)) return { kind: 'minutes', label: 'min' };
  if (options.currency === undefined || kind === 'proportion') return undefined;
  const money = options.money.length > 0 ? options.money.includes(name) : true;
  return money ? { kind: 'money', label: options.currency } : undefined;
}
