import { PANEL, categoryScale, specHeader } from '../theme.js';
/** Segment breakdown: the metric per segment, bars grouped by arm, with intervals when given. */
export function segmentBreakdownChart(data) {
    const arms = [...new Set(data.rows.map((row) => row.arm))];
    const segments = [...new Set(data.rows.map((row) => row.segment))];
    const y = { field: 'segment', type: 'nominal', title: data.dimension, sort: segments };
    const yOffset = { field: 'arm', type: 'nominal', sort: arms };
    const axis = { format: data.format ?? ',.3~f' };
    const layers = [
        {
            mark: { type: 'bar', tooltip: true },
            encoding: { y, yOffset, x: { field: 'value', type: 'quantitative', title: data.metric, axis }, color: { field: 'arm', type: 'nominal', title: data.groupLabel ?? 'Arm', scale: categoryScale(arms) } },
        },
    ];
    const hasIntervals = data.rows.some((row) => row.lo !== undefined && row.hi !== undefined);
    if (hasIntervals) {
        // A rule is not a banded mark: centre it in its sub-band, level with the middle of its bar.
        const centre = { bandPosition: 0.5 };
        layers.push({ mark: { type: 'rule', color: '#222222' }, encoding: { y: { ...y, ...centre }, yOffset: { ...yOffset, ...centre }, x: { field: 'lo', type: 'quantitative' }, x2: { field: 'hi' } } });
    }
    return {
        ...specHeader(`${data.metric} by ${data.dimension.toLowerCase()}`, `Bars: estimate per ${(data.groupLabel ?? 'Arm').toLowerCase()}${hasIntervals ? '; whiskers: interval' : ''}`),
        width: PANEL.width,
        height: { step: Math.max(12, 32 / Math.max(1, arms.length)) },
        data: { values: data.rows.map((row) => ({ ...row })) },
        layer: layers,
    };
}
//# sourceMappingURL=segmentBreakdownChart.js.map