import { toCsv } from '../../report/toCsv.js';
/** The sweep's curve as a table at full precision. */
export function sweepTable(result) {
    return {
        name: 'sweep',
        title: `Revenue and conversion by ${result.parameter}`,
        columns: [
            { key: 'value', label: result.parameter, format: 'text' },
            { key: 'revenue', label: `Revenue per session (${result.currency})` },
            { key: 'revenueLo', label: 'Revenue 95% CI low' },
            { key: 'revenueHi', label: 'Revenue 95% CI high' },
            { key: 'conversion', label: 'Conversion', format: 'percent' },
            { key: 'conversionLo', label: 'Conversion 95% CI low', format: 'percent' },
            { key: 'conversionHi', label: 'Conversion 95% CI high', format: 'percent' },
            { key: 'revenuePerViewer', label: `Revenue per viewer (${result.currency})` },
            { key: 'viewers', label: 'Viewers per session' },
            { key: 'probabilityBest', label: 'Probability best', format: 'percent' },
        ],
        rows: result.points.map((point) => ({
            value: typeof point.value === 'string' ? point.value : String(point.value),
            revenue: point.revenuePerSession.mean,
            revenueLo: point.revenuePerSession.ci[0],
            revenueHi: point.revenuePerSession.ci[1],
            conversion: point.conversion.mean,
            conversionLo: point.conversion.ci[0],
            conversionHi: point.conversion.ci[1],
            revenuePerViewer: point.revenuePerViewer.mean,
            viewers: point.viewersPerSession,
            probabilityBest: point.probabilityBest,
        })),
    };
}
/** The files of an `--out` folder: result.json and tables/sweep.csv. */
export function sweepFiles(result) {
    return { 'result.json': `${JSON.stringify(result, null, 2)}\n`, 'tables/sweep.csv': toCsv(sweepTable(result)) };
}
//# sourceMappingURL=sweepFiles.js.map