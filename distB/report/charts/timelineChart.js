import { PANEL, categoryScale, specHeader } from '../theme.js';
import { planLanes } from './planLanes.js';
/** Axis title, with unit, of each known per-minute metric. */
export function timelineMetricTitle(metric, currency = '¥') {
    const titles = {
        viewers: 'Viewers (people)',
        chats: 'Chats (per min)',
        clicks: 'Link clicks (per min)',
        orders: 'Orders (per min)',
        revenue: `Revenue (${currency}/min)`,
    };
    return titles[metric] ?? metric;
}
const SHADES = { domain: ['even', 'odd', 'offer'], range: ['#d9d9d9', '#efefef', '#f5c77e'] };
const LANE_HEIGHT = 15;
/**
 * Live timeline: a strip with the plan's segments (trial lesson, flash sale...) labelled in
 * non-overlapping rows, then one panel per metric (concurrent viewers, chats, clicks, orders,
 * revenue per minute) on the same time axis: the mean over replicates as a line, the replicate
 * band shaded, and the segments as bands behind (pitches and flash sales in orange).
 */
export function timelineChart(data) {
    const metrics = [...new Set(data.series.map((point) => point.metric))];
    const arms = [...new Set(data.series.map((point) => point.arm ?? 'all'))];
    const hasBand = data.series.some((point) => point.lo !== undefined && point.hi !== undefined);
    const series = data.series.map((point) => ({ ...point, arm: point.arm ?? 'all' }));
    const minutes = [...data.series.map((point) => point.minute), ...data.segments.flatMap((segment) => [segment.start, segment.end])];
    const span = Math.max(1, Math.max(...minutes, 1) - Math.min(...minutes, 0));
    const { segments, lanes } = planLanes(data.segments, { minutesPerPixel: span / PANEL.width });
    const panels = metrics.map((metric, index) => timelinePanel(metric, index === metrics.length - 1, arms, hasBand, data.currency));
    return {
        ...specHeader('Live timeline', [
            `Lines: mean per minute over replicates${hasBand ? `; shaded: ${data.bandLabel ?? 'replicate band'}` : ''}`,
            'Top strip and grey bands: segments of the live plan; orange: pitches and flash sales',
        ]),
        datasets: { series, segments },
        // Flush bounds: vega over-estimates the rotated y-axis titles without a canvas, which would
        // otherwise push the panels far apart.
        bounds: 'flush',
        spacing: 30,
        vconcat: segments.length > 0 ? [planStrip(lanes), ...panels] : panels,
        resolve: { scale: { color: 'shared', x: 'shared' } },
    };
}
/** The plan strip: one band per segment, labels in their lanes. */
function planStrip(lanes) {
    const x = { field: 'start', type: 'quantitative', axis: null };
    return {
        width: PANEL.width,
        height: lanes * LANE_HEIGHT + 4,
        data: { name: 'segments' },
        layer: [
            { mark: { type: 'rect', stroke: 'white', strokeWidth: 2 }, encoding: { x, x2: { field: 'end' }, fill: { field: 'shade', type: 'nominal', scale: SHADES, legend: null } } },
            {
                mark: { type: 'text', align: 'left', baseline: 'top', dx: 3, fontSize: 10, color: '#222222' },
                encoding: { x, y: { field: 'lane', type: 'quantitative', axis: null, scale: { domain: [0, lanes], range: [2, lanes * LANE_HEIGHT + 2] } }, text: { field: 'text' } },
            },
        ],
    };
}
function timelinePanel(metric, last, arms, hasBand, currency) {
    // Only the bottom panel carries the time axis title; the others keep their tick labels.
    const x = { field: 'minute', type: 'quantitative', title: last ? 'Minutes since the live started (min)' : null };
    const color = { field: 'arm', type: 'nominal', title: 'Arm', scale: categoryScale(arms), legend: arms.length > 1 ? {} : null };
    const y = { type: 'quantitative', title: timelineMetricTitle(metric, currency) };
    const seriesData = { name: 'series' };
    const onlyMetric = [{ filter: { field: 'metric', equal: metric } }];
    const layers = [
        {
            data: { name: 'segments' },
            mark: { type: 'rect', opacity: 0.6, stroke: 'white', strokeWidth: 1 },
            encoding: { x: { field: 'start', type: 'quantitative' }, x2: { field: 'end' }, fill: { field: 'shade', type: 'nominal', scale: SHADES, legend: null } },
        },
    ];
    if (hasBand) {
        layers.push({ data: seriesData, transform: onlyMetric, mark: { type: 'area', opacity: 0.3 }, encoding: { x, y: { ...y, field: 'lo' }, y2: { field: 'hi' }, color } });
    }
    layers.push({ data: seriesData, transform: onlyMetric, mark: { type: 'line', strokeWidth: 1.8 }, encoding: { x, y: { ...y, field: 'mean' }, color } });
    return { width: PANEL.width, height: 130, layer: layers };
}
//# sourceMappingURL=timelineChart.js.map