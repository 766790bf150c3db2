/** Per-variant summaries of every metric: n, mean, variance. */
export function analysisMetricTable(result) {
    return {
        name: 'metrics',
        title: 'Metrics per variant',
        caption: 'Units with a value, mean per unit and sample variance, per metric and variant.',
        columns: [
            { key: 'metric', label: 'Metric', format: 'text' },
            { key: 'kind', label: 'Kind', format: 'text' },
            { key: 'variant', label: 'Variant', format: 'text' },
            { key: 'n', label: 'Units (n)', format: 'count' },
            { key: 'mean', label: 'Mean per unit', format: 'number' },
            { key: 'variance', label: 'Variance', format: 'number' },
        ],
        rows: result.metrics.flatMap((metric) => metric.variants.map((variant) => ({ metric: metric.name, kind: metric.kind, variant: variant.name, n: variant.n, mean: variant.mean, variance: variant.variance ?? null }))),
    };
}
/** Every comparison: absolute and relative effect with intervals, p-values, chance to win. */
export function analysisComparisonTable(result) {
    const level = `${Math.round((1 - result.alpha) * 1000) / 10}%`;
    return {
        name: 'comparisons',
        title: 'Comparisons with control',
        caption: `Effects of each variant against control, with ${level} confidence intervals; empty cells were not computed or are open-ended (one-sided tests).`,
        columns: [
            { key: 'metric', label: 'Metric', format: 'text' },
            { key: 'variant', label: 'Variant', format: 'text' },
            { key: 'control', label: 'Control', format: 'text' },
            { key: 'absolute', label: 'Difference (metric units)', format: 'number' },
            { key: 'absoluteLo', label: `Difference, ${level} CI low`, format: 'number' },
            { key: 'absoluteHi', label: `Difference, ${level} CI high`, format: 'number' },
            { key: 'relative', label: 'Lift (%)', format: 'signedPercent' },
            { key: 'relativeLo', label: `Lift, ${level} CI low (%)`, format: 'signedPercent' },
            { key: 'relativeHi', label: `Lift, ${level} CI high (%)`, format: 'signedPercent' },
            { key: 'pValue', label: 'p-value', format: 'pValue' },
            { key: 'adjustedPValue', label: 'Adjusted p-value', format: 'pValue' },
            { key: 'chanceToWin', label: 'Chance to beat control (%)', format: 'percent' },
        ],
        rows: result.metrics.flatMap((metric) => metric.comparisons.map((comparison) => ({
            metric: metric.name,
            variant: comparison.variant,
            control: comparison.control,
            absolute: comparison.absolute.estimate,
            absoluteLo: comparison.absolute.ci[0],
            absoluteHi: comparison.absolute.ci[1],
            relative: comparison.relative?.estimate ?? null,
            relativeLo: comparison.relative?.ci[0] ?? null,
            relativeHi: comparison.relative?.ci[1] ?? null,
            pValue: (comparison.relative ?? comparison.absolute).pValue ?? null,
            adjustedPValue: comparison.adjustedPValue ?? null,
            chanceToWin: comparison.bayesian?.chanceToWin ?? null,
        }))),
    };
}
//# sourceMappingURL=analysisTables.js.map