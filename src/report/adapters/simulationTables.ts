import { SUMMARY_METRICS } from '../../sim/replicate/summaryMetrics.js';
import type { ReportColumn, ReportTable } from '../report.js';
import type { SimulationResultData } from '../../results/index.js';

type Summaries = Record<string, SimulationResultData['summary'][string]>;

const UNIT_TEXT: Record<string, string> = { viewers: 'people', fraction: 'fraction', seconds: 's', count: 'count', events: 'events' };

/** Every summary metric: mean, 95% range of sessions, 95% interval of the mean, sd. */
export function simulationSummaryTable(result: SimulationResultData): ReportTable {
  const currency = result.scenario.currency ?? 'currency';
  const known = new Map(SUMMARY_METRICS.map((metric) => [metric.name, metric]));
  const names = [...SUMMARY_METRICS.map((metric) => metric.name).filter((name) => name in result.summary), ...Object.keys(result.summary).filter((name) => !known.has(name))];
  return {
    name: 'summary',
    title: 'Summary over replicates',
    caption: 'Mean over replicates; "sessions, 95%" is where 95% of single sessions fall; "mean, 95% CI" is how precisely the mean is known.',
    columns: [
      { key: 'metric', label: 'Metric', format: 'text' },
      { key: 'unit', label: 'Unit', format: 'text' },
      ...summaryColumns(),
    ],
    rows: names.map((name) => {
      const metric = known.get(name);
      const unit = metric ? (metric.unit === 'currency' ? currency : UNIT_TEXT[metric.unit]) : '';
      return { metric: metric?.label ?? name, unit, ...summaryCells(result.summary[name]) };
    }),
  };
}

/** One row per group (audience segment or product) and metric. */
export function simulationGroupTable(name: string, title: string, group: string, summaries: Record<string, Summaries>): ReportTable {
  return {
    name,
    title,
    columns: [{ key: 'group', label: group, format: 'text' }, { key: 'metric', label: 'Metric', format: 'text' }, ...summaryColumns()],
    rows: Object.entries(summaries).flatMap(([id, metrics]) => Object.entries(metrics).map(([metric, summary]) => ({ group: id, metric, ...summaryCells(summary) }))),
  };
}

function summaryColumns(): ReportColumn[] {
  return [
    { key: 'mean', label: 'Mean', format: 'number' },
    { key: 'low', label: 'Sessions, 95% low', format: 'number' },
    { key: 'high', label: 'Sessions, 95% high', format: 'number' },
    { key: 'meanLow', label: 'Mean, 95% CI low', format: 'number' },
    { key: 'meanHigh', label: 'Mean, 95% CI high', format: 'number' },
    { key: 'sd', label: 'SD', format: 'number' },
  ];
}

function summaryCells(summary: Summaries[string]) {
  return { mean: summary.mean, low: summary.ci[0], high: summary.ci[1], meanLow: summary.meanCi?.[0] ?? null, meanHigh: summary.meanCi?.[1] ?? null, sd: summary.sd ?? null };
}
