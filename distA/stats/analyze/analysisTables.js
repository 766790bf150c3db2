/**
 * The CSV tables `--out DIR` writes beside result.json (as `data/<name>.csv`, through the
 * report's `toCsv`): every arm, every comparison with every method asked for, and the
 * data-quality findings. Rows of a segmented analysis carry the segment ("" for overall).
 */
export function analysisTables(result) {
    const scopes = [
        { segment: '', metrics: result.metrics },
        ...(result.segments ?? []).map((segment) => ({ segment: segment.name, metrics: segment.metrics })),
    ];
    const arms = scopes.flatMap(({ segment, metrics }) => metrics.flatMap((metric) => metric.variants.map((variant) => ({ segment, metric: metric.name, kind: metric.kind, ...variant }))));
    const comparisons = scopes.flatMap(({ segment, metrics }) => metrics.flatMap((metric) => metric.comparisons.map((c) => ({
        segment,
        metric: metric.name,
        kind: metric.kind,
        variant: c.variant,
        control: c.control,
        method: c.method,
        ...effectColumns('absolute', c.absolute),
        ...effectColumns('relative', c.relative),
        ...effectColumns('cupedAbsolute', c.cuped?.absolute ?? null),
        ...effectColumns('cupedRelative', c.cuped?.relative ?? null),
        varianceReduction: c.cuped?.varianceReduction ?? null,
        ...effectColumns('sequentialAbsolute', c.sequential?.absolute ?? null),
        ...effectColumns('sequentialRelative', c.sequential?.relative ?? null),
        chanceToWin: c.bayesian?.chanceToWin ?? null,
        designEffect: c.cluster?.designEffect ?? null,
        adjustedPValue: c.adjustedPValue ?? null,
        decision: c.decision,
        significant: c.significant,
        verdict: c.verdict,
        warnings: c.warnings.map((entry) => entry.code).join(' '),
    }))));
    const quality = [...result.warnings, ...result.dataQuality.warnings].map((entry) => ({
        code: entry.code,
        count: 'count' in entry && typeof entry.count === 'number' ? entry.count : null,
        message: entry.message,
    }));
    return [table('arms', 'Metrics per variant', arms), table('comparisons', 'Comparisons with control', comparisons), table('data-quality', 'Warnings', quality)];
}
function effectColumns(prefix, effect) {
    return {
        [`${prefix}Estimate`]: effect?.estimate ?? null,
        [`${prefix}Se`]: effect?.se ?? null,
        [`${prefix}CiLow`]: effect?.ci[0] ?? null,
        [`${prefix}CiHigh`]: effect?.ci[1] ?? null,
        [`${prefix}PValue`]: effect?.pValue ?? null,
    };
}
/** A table whose columns are the keys of its rows (every row has the same keys). */
function table(name, title, rows) {
    const keys = rows.length > 0 ? Object.keys(rows[0]) : ['code', 'count', 'message'];
    return { name, title, columns: keys.map((key) => ({ key, label: key })), rows };
}
//# sourceMappingURL=analysisTables.js.map