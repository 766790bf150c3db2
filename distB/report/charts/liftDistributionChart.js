import { COLORS, PANEL, specHeader } from '../theme.js';
/**
 * Distribution of the estimated lift over replicates: a histogram, the true effect (solid) and
 * the mean estimate (dashed), so bias and spread can be read off at a glance.
 */
export function liftDistributionChart(data) {
    const relative = data.scale === 'relative';
    const mean = data.estimates.length > 0 ? data.estimates.reduce((total, value) => total + value, 0) / data.estimates.length : 0;
    const xTitle = relative ? `Estimated lift of ${data.metric} (%)` : `Estimated difference in ${data.metric} (metric units)`;
    const axis = relative ? { format: '+.0%' } : {};
    const markers = [
        { kind: 'true effect', value: data.trueEffect },
        { kind: 'mean estimate', value: mean },
    ];
    return {
        ...specHeader(`Estimated lift over ${data.estimates.length} replicates: ${data.metric}`, 'Bars: replicates per bin; solid line: true effect; dashed: mean of the estimates'),
        width: PANEL.width,
        height: PANEL.height,
        layer: [
            {
                data: { values: data.estimates.map((estimate) => ({ estimate })) },
                mark: { type: 'bar', color: COLORS.control, opacity: 0.8, tooltip: true },
                encoding: {
                    x: { field: 'estimate', type: 'quantitative', bin: { maxbins: data.maxBins ?? 30 }, title: xTitle, axis },
                    y: { aggregate: 'count', type: 'quantitative', title: 'Replicates (count)' },
                },
            },
            {
                data: { values: markers },
                mark: { type: 'rule', strokeWidth: 2 },
                encoding: {
                    x: { field: 'value', type: 'quantitative' },
                    color: { field: 'kind', type: 'nominal', title: 'Marker', scale: { domain: ['true effect', 'mean estimate'], range: [COLORS.highlight, '#222222'] } },
                    strokeDash: { field: 'kind', type: 'nominal', scale: { domain: ['true effect', 'mean estimate'], range: [[1, 0], [5, 3]] } },
                },
            },
        ],
    };
}
//# sourceMappingURL=liftDistributionChart.js.map