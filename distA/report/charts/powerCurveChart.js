import { COLORS, PANEL, categoryScale, specHeader } from '../theme.js';
/**
 * Power curve: probability of detecting the effect against the sample size, with the target power
 * as a horizontal line and the chosen size as a vertical line.
 */
export function powerCurveChart(data) {
    const curves = [...new Set(data.points.map((point) => point.curve ?? 'power'))];
    const points = data.points.map((point) => ({ ...point, curve: point.curve ?? 'power' }));
    const x = { field: 'size', type: 'quantitative', title: `Sample size per arm (${data.sizeUnit})` };
    const layers = [
        {
            data: { values: points },
            mark: { type: 'line', point: true, tooltip: true },
            encoding: {
                x,
                y: { field: 'power', type: 'quantitative', title: 'Power (%)', scale: { domain: [0, 1] }, axis: { format: '.0%' } },
                color: { field: 'curve', type: 'nominal', title: 'Curve', scale: categoryScale(curves), legend: curves.length > 1 ? {} : null },
            },
        },
        {
            data: { values: [{ target: data.targetPower, label: `target ${Math.round(data.targetPower * 100)}%` }] },
            layer: [
                { mark: { type: 'rule', strokeDash: [4, 3], color: COLORS.reference }, encoding: { y: { field: 'target', type: 'quantitative' } } },
                { mark: { type: 'text', align: 'left', dx: 4, dy: -6, color: COLORS.reference }, encoding: { y: { field: 'target', type: 'quantitative' }, x: { value: 0 }, text: { field: 'label' } } },
            ],
        },
    ];
    const whiskers = points.filter((point) => point.lo !== undefined && point.hi !== undefined);
    if (whiskers.length > 0) {
        layers.push({ data: { values: whiskers }, mark: { type: 'rule', color: COLORS.reference }, encoding: { x, y: { field: 'lo', type: 'quantitative' }, y2: { field: 'hi' } } });
    }
    if (data.referenceSizes !== undefined && data.referenceSizes.length > 0)
        layers.push(referenceLayer(data.referenceSizes, x));
    if (data.chosenSize !== undefined) {
        layers.push({
            data: { values: [{ size: data.chosenSize, label: `chosen: ${data.chosenSize.toLocaleString('en-US')} ${data.sizeUnit}` }] },
            layer: [
                { mark: { type: 'rule', color: COLORS.negative, strokeWidth: 2 }, encoding: { x } },
                { mark: { type: 'text', align: 'left', dx: 4, baseline: 'bottom', color: COLORS.negative }, encoding: { x, y: { value: PANEL.height - 4 }, text: { field: 'label' } } },
            ],
        });
    }
    return {
        ...specHeader('Power curve', data.effectLabel ? `Chance of detecting ${data.effectLabel}` : 'Chance of detecting the planned effect'),
        width: PANEL.width,
        height: PANEL.height,
        layer: layers,
    };
}
/** Grey dashed vertical lines at sizes to compare with, labelled at the bottom. */
function referenceLayer(sizes, x) {
    return {
        data: { values: sizes.map((entry) => ({ ...entry })) },
        layer: [
            { mark: { type: 'rule', strokeDash: [6, 4], color: COLORS.reference, strokeWidth: 1.5 }, encoding: { x } },
            { mark: { type: 'text', align: 'right', dx: -4, baseline: 'bottom', color: COLORS.reference }, encoding: { x, y: { value: PANEL.height - 4 }, text: { field: 'label' } } },
        ],
    };
}
//# sourceMappingURL=powerCurveChart.js.map