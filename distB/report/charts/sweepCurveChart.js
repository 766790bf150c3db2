import { COLORS, PANEL, specHeader } from '../theme.js';
function metricTitle(metric, currency) {
    if (metric === 'revenue')
        return `Revenue per session (${currency})`;
    if (metric === 'conversion')
        return 'Buyers per viewer (%)';
    return metric;
}
/**
 * Sweep curve: revenue (and conversion) against the swept parameter, mean and interval over
 * replicates, with the revenue-maximising value and its interval marked.
 */
export function sweepCurveChart(data) {
    const metrics = [...new Set(data.points.map((point) => point.metric))];
    const optimumText = data.optimum
        ? `Revenue-maximising value ${data.optimum.value} (red line; interval ${data.optimum.lo} to ${data.optimum.hi}, red band); blue and green bands: interval over replicates`
        : 'Bands: interval over replicates';
    return {
        ...specHeader(`Sweep: ${data.parameter}`, optimumText),
        datasets: { sweep: data.points.map((point) => ({ ...point })), optimum: data.optimum ? [{ ...data.optimum }] : [] },
        vconcat: metrics.map((metric, index) => sweepPanel(data, metric, index, data.currency ?? '¥')),
    };
}
function sweepPanel(data, metric, index, currency) {
    const x = { field: 'value', type: 'quantitative', title: data.parameter };
    const color = index === 0 ? COLORS.control : COLORS.positive;
    const axis = metric === 'conversion' ? { format: '.1%' } : {};
    const only = [{ filter: { field: 'metric', equal: metric } }];
    return {
        width: PANEL.width,
        height: 150,
        layer: [
            { data: { name: 'optimum' }, mark: { type: 'rect', opacity: 0.15, color: COLORS.negative }, encoding: { x: { field: 'lo', type: 'quantitative' }, x2: { field: 'hi' } } },
            { data: { name: 'optimum' }, mark: { type: 'rule', color: COLORS.negative, strokeWidth: 2 }, encoding: { x: { field: 'value', type: 'quantitative' } } },
            { data: { name: 'sweep' }, transform: only, mark: { type: 'area', opacity: 0.25, color }, encoding: { x, y: { field: 'lo', type: 'quantitative', title: metricTitle(metric, currency), axis }, y2: { field: 'hi' } } },
            { data: { name: 'sweep' }, transform: only, mark: { type: 'line', point: true, color, tooltip: true }, encoding: { x, y: { field: 'mean', type: 'quantitative' } } },
        ],
    };
}
//# sourceMappingURL=sweepCurveChart.js.map