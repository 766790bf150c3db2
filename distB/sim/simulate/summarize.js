import { meanAndSd, percentileInterval, tInterval } from './intervals.js';
import { SUMMARY_METRICS } from './summaryMetrics.js';
export const INTERVAL_METHOD = 'ci: 95% percentile interval of replicate outcomes (2.5th and 97.5th percentiles, linear interpolation, Hyndman-Fan type 7); ' +
    'meanCi: 95% Student-t interval for the mean across replicates';
/** Summarise a list of replicate values. */
export function summariseValues(values) {
    const { mean, sd } = meanAndSd(values);
    return { mean, ci: percentileInterval(values), meanCi: tInterval(values), sd };
}
/** Every summary metric across the runs, by name (see SUMMARY_METRICS). */
export function summarize(runs) {
    const summary = {};
    for (const metric of SUMMARY_METRICS)
        summary[metric.name] = summariseValues(runs.map(metric.value));
    return summary;
}
/** Per audience segment: arrivals, buyers, conversion, revenue and watch time across replicates. */
export function summarizeSegments(runs) {
    if (runs.length === 0)
        return {};
    const out = {};
    runs[0].bySegment.forEach((segment, index) => {
        const pick = (field) => summariseValues(runs.map((run) => run.bySegment[index][field]));
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
export function summarizeProducts(runs) {
    if (runs.length === 0)
        return {};
    const out = {};
    runs[0].byProduct.forEach((product, index) => {
        const pick = (field) => summariseValues(runs.map((run) => run.byProduct[index][field]));
        out[product.id] = { views: pick('views'), clicks: pick('clicks'), orders: pick('orders'), revenue: pick('revenue') };
    });
    return out;
}
//# sourceMappingURL=summarize.js.map