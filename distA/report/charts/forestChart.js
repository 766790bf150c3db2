import { COLORS, PANEL, specHeader } from '../theme.js';
/**
 * Lift forest plot: one row per metric × variant with its point estimate and interval (adjusted
 * when a correction is on), a zero line, and significant results drawn as filled diamonds.
 */
export function forestChart(data) {
    const rows = data.rows.map((row) => ({
        ...row,
        label: `${row.metric} · ${row.variant}`,
        verdict: row.significant ? 'significant' : 'not significant',
    }));
    const relative = data.scale === 'relative';
    const levelText = `${Math.round(data.level * 1000) / 10}%`;
    const intervalText = data.intervalLabel ?? forestIntervalText(data, levelText);
    const hasTruth = data.rows.some((row) => row.truth !== undefined);
    const y = { field: 'label', type: 'nominal', title: 'Metric · variant', sort: rows.map((row) => row.label) };
    const xTitle = relative ? 'Lift vs control (%)' : 'Difference vs control (metric units)';
    const xAxis = relative ? { format: '+.0%' } : {};
    const verdictScale = { domain: ['significant', 'not significant'], range: [COLORS.control, COLORS.reference] };
    return {
        ...specHeader('Lift by metric and variant', forestSubtitle(data, intervalText, hasTruth)),
        width: PANEL.width,
        height: { step: 26 },
        data: { values: rows },
        layer: [
            { mark: { type: 'rule', strokeDash: [4, 3], color: '#333333' }, encoding: { x: { datum: 0, type: 'quantitative' } } },
            {
                mark: { type: 'rule', strokeWidth: 2 },
                encoding: {
                    y,
                    // zero: the no-effect line is always in view; padding keeps it off the axis edge.
                    x: { field: 'lo', type: 'quantitative', title: xTitle, axis: xAxis, scale: { zero: true, padding: 16 } },
                    x2: { field: 'hi' },
                    color: { field: 'verdict', type: 'nominal', title: 'Result', scale: verdictScale },
                },
            },
            {
                mark: { type: 'point', shape: 'diamond', size: 90, strokeWidth: 1.5, tooltip: true },
                encoding: {
                    y,
                    x: { field: 'estimate', type: 'quantitative' },
                    color: { field: 'verdict', type: 'nominal', scale: verdictScale },
                    fill: { condition: { test: 'datum.significant', value: COLORS.control }, value: 'white' },
                },
            },
            ...(hasTruth ? [truthLayer(y)] : []),
        ],
    };
}
/** One line for the default marks; two lines when a builder names its own marks (they are longer). */
function forestSubtitle(data, intervalText, hasTruth) {
    const marks = `filled diamonds: ${data.significanceLabel ?? 'significant'}${hasTruth ? '; red ticks: true effect' : ''}`;
    return data.intervalLabel === undefined && data.significanceLabel === undefined && !hasTruth ? `${intervalText}; ${marks}` : [intervalText, marks.replace(/^./, (first) => first.toUpperCase())];
}
/** What the intervals and the significance marks mean, for the subtitle. */
function forestIntervalText(data, levelText) {
    if (data.correction)
        return `${levelText} intervals adjusted for multiple comparisons (${data.correction})`;
    if (data.pValueCorrection)
        return `${levelText} confidence intervals, unadjusted; significance from ${data.pValueCorrection}-adjusted p-values`;
    return `${levelText} confidence intervals, unadjusted`;
}
/** Red ticks at the true effects (rows without one are left out). */
function truthLayer(y) {
    return {
        transform: [{ filter: 'isValid(datum.truth)' }],
        mark: { type: 'tick', color: COLORS.highlight, thickness: 2, size: 18 },
        encoding: { y, x: { field: 'truth', type: 'quantitative' } },
    };
}
//# sourceMappingURL=forestChart.js.map