import { SUMMARY_METRICS } from './summaryMetrics.js';
/**
 * The files `--out DIR` writes, by name: the whole result as JSON, the summary as CSV (one row per
 * metric) and the per-minute timelines of every replicate as CSV (one row per replicate and
 * minute). A later report step adds HTML next to them.
 */
export function resultFiles(result, json) {
    return {
        'result.json': json,
        'summary.csv': summaryCsv(result),
        'timeline.csv': timelineCsv(result),
    };
}
export function summaryCsv(result) {
    const lines = ['metric,mean,ci_low,ci_high,mean_ci_low,mean_ci_high,sd'];
    for (const metric of SUMMARY_METRICS) {
        const s = result.summary[metric.name];
        lines.push([metric.name, s.mean, s.ci[0], s.ci[1], s.meanCi[0], s.meanCi[1], s.sd].join(','));
    }
    return lines.join('\n') + '\n';
}
export function timelineCsv(result) {
    const columns = ['minute', 'arrivals', 'departures', 'concurrentViewers', 'peakViewers', 'chats', 'interactions', 'linkViews', 'clicks', 'orders', 'revenue'];
    const lines = [['replicate', ...columns].join(',')];
    for (const run of result.runs) {
        for (const row of run.timeline)
            lines.push([run.replicate, ...columns.map((column) => row[column])].join(','));
    }
    return lines.join('\n') + '\n';
}
//# sourceMappingURL=resultFiles.js.map