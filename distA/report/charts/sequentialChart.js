import { COLORS, PANEL, specHeader } from '../theme.js';
/**
 * Sequential view (the peeking lesson): the confidence sequence narrowing over time, the interval
 * a peeker would compute at each look, and the fixed-horizon interval at the planned size.
 */
export function sequentialChart(data) {
    const relative = data.scale === 'relative';
    const level = `${Math.round(data.level * 1000) / 10}%`;
    const kinds = ['Confidence sequence (valid at every look)', 'Fixed-horizon interval at each look (peeking)', 'Fixed-horizon interval at the planned size'];
    const kind = { field: 'kind', type: 'nominal', title: 'Interval', scale: { domain: kinds, range: [COLORS.control, COLORS.variant, '#222222'] }, legend: { orient: 'bottom', direction: 'vertical' } };
    const x = { field: 'at', type: 'quantitative', title: data.xTitle ?? 'Units enrolled (units)' };
    const yTitle = relative ? `Lift of ${data.metric} vs control (%)` : `Difference in ${data.metric} (metric units)`;
    const y = { field: 'lo', type: 'quantitative', title: yTitle, axis: relative ? { format: '+.0%' } : {} };
    const looks = data.looks.map((look) => ({ ...look, kind: kinds[0] }));
    const naive = data.looks.filter((look) => look.naiveLo !== undefined && look.naiveHi !== undefined).map((look) => ({ at: look.at, lo: look.naiveLo, hi: look.naiveHi, kind: kinds[1] }));
    const layers = [
        { data: { values: looks }, mark: { type: 'area', opacity: 0.25 }, encoding: { x, y, y2: { field: 'hi' }, color: kind } },
        { data: { values: looks }, mark: { type: 'line', color: COLORS.control }, encoding: { x, y: { field: 'estimate', type: 'quantitative' } } },
    ];
    if (naive.length > 0) {
        layers.push({ data: { values: naive }, mark: { type: 'line', strokeDash: [5, 3] }, encoding: { x, y, color: kind } });
        layers.push({ data: { values: naive }, mark: { type: 'line', strokeDash: [5, 3] }, encoding: { x, y: { field: 'hi', type: 'quantitative' }, color: kind } });
    }
    layers.push({ data: { values: [{ ...data.fixedHorizon, kind: kinds[2] }] }, mark: { type: 'rule', strokeWidth: 3 }, encoding: { x, y, y2: { field: 'hi' }, color: kind } }, { data: { values: [{ ...data.fixedHorizon, kind: kinds[2] }] }, mark: { type: 'point', filled: true, size: 60 }, encoding: { x, y: { field: 'estimate', type: 'quantitative' }, color: kind } }, { data: { values: [{}] }, mark: { type: 'rule', strokeDash: [4, 3], color: '#333333' }, encoding: { y: { datum: 0, type: 'quantitative' } } });
    return {
        ...specHeader(`Sequential monitoring: ${data.metric}`, `${level} intervals; line: running estimate; dashed: no effect`),
        width: PANEL.width,
        height: PANEL.height,
        layer: layers,
    };
}
//# sourceMappingURL=sequentialChart.js.map