import type { SimulationResult } from './SimulationResult.js';
import type { MetricSummary } from './summarize.js';
import { SUMMARY_METRICS, type SummaryMetric } from './summaryMetrics.js';
import { formatPercent } from '../../format/formatPercent.js';
import { textTable } from '../../format/textTable.js';

/**
 * The summary as a readable table for the terminal: each metric's mean and the 95% interval of
 * replicate outcomes, then conversion and revenue by audience segment and by product.
 */
export function formatSummary(result: SimulationResult): string {
  const currency = result.scenario.currency;
  const lines = [
    `${plain(result.scenario.name)} — seed ${result.seed}, ${result.replicates} replicate${result.replicates === 1 ? '' : 's'}`,
    `mean and 95% interval of replicate outcomes (where one session's value falls)`,
    '',
  ];
  const rows: string[][] = [['metric', 'mean', '95% interval']];
  for (const metric of SUMMARY_METRICS) rows.push(metricRow(metric.label, metric.unit, result.summary[metric.name], currency));
  lines.push(...textTable(rows, { align: 'first-left', underline: false }), '');
  const segments: string[][] = [['segment', 'viewers', 'buyers', 'conversion', 'revenue']];
  for (const [id, summary] of Object.entries(result.summaryBySegment)) {
    segments.push([plain(id), count(summary.arrived.mean), count(summary.bought.mean), formatPercent(summary.conversionRate.mean ?? NaN, 2), money(summary.revenue.mean, currency)]);
  }
  lines.push(...textTable(segments, { align: 'first-left', underline: false }), '');
  const products: string[][] = [['product', 'views', 'clicks', 'orders', 'revenue']];
  for (const [id, summary] of Object.entries(result.summaryByProduct)) {
    products.push([plain(id), count(summary.views.mean), count(summary.clicks.mean), count(summary.orders.mean), money(summary.revenue.mean, currency)]);
  }
  lines.push(...textTable(products, { align: 'first-left', underline: false }));
  return lines.join('\n') + '\n';
}

function metricRow(label: string, unit: SummaryMetric['unit'], summary: MetricSummary, currency: string): string[] {
  const format = (known: number | null): string => {
    const value = known ?? NaN;
    if (unit === 'fraction') return formatPercent(value, 2);
    if (unit === 'currency') return money(value, currency);
    if (unit === 'seconds') return `${value.toFixed(0)} s`;
    return count(value);
  };
  return [label, format(summary.mean), `${format(summary.ci[0])} – ${format(summary.ci[1])}`];
}

function count(known: number | null): string {
  const value = known ?? NaN;
  return Math.abs(value) >= 100 ? Math.round(value).toLocaleString('en-US') : value.toFixed(1).replace(/\.0$/, '');
}

function money(known: number | null, currency: string): string {
  const value = known ?? NaN;
  return `${value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} ${plain(currency)}`;
}

/** Text from the scenario without control characters (no terminal escape sequences). */
function plain(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
}
