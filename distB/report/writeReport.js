import { writeDirAtomic } from '../io/atomicWrite.js';
import { assertValidReport } from './assertValidReport.js';
import { reportHtml, reportPaths } from './html/reportHtml.js';
import { liveliftVersion } from './liveliftVersion.js';
import { renderChart } from './render/renderChart.js';
import { toCsv } from './toCsv.js';
/**
 * Write a report folder atomically:
 *
 *   report ─▶ check names ─▶ render each chart (spec → SVG → PNG) ─▶ files in memory:
 *     report.html, result.json, charts/<name>.{vl.json,svg,png}, tables/<name>.csv
 *   ─▶ writeDirAtomic(dir): fill a temporary sibling folder, then swap it in
 *
 * Everything is rendered before the first byte is written, and the folder is swapped in whole,
 * so a failure at any step leaves an existing report at `dir` as it was.
 */
export async function writeReport(dir, report) {
    const { files, renderWarnings } = await reportFiles(report);
    writeDirAtomic(dir, files);
    return { dir, files: Object.keys(files), renderWarnings };
}
/** Every file of a report folder, by relative path, without writing anything. */
export async function reportFiles(report) {
    assertValidReport(report);
    const svgs = new Map();
    const chartFiles = {};
    const renderWarnings = [];
    for (const chart of report.charts) {
        const rendered = await renderChart(chart.spec);
        svgs.set(chart.name, rendered.svg);
        chartFiles[reportPaths.chart(chart.name, 'vl.json')] = `${JSON.stringify(chart.spec, null, 2)}\n`;
        chartFiles[reportPaths.chart(chart.name, 'svg')] = rendered.svg;
        chartFiles[reportPaths.chart(chart.name, 'png')] = rendered.png;
        renderWarnings.push(...rendered.warnings.map((text) => `${chart.name}: ${text}`));
    }
    const tableFiles = Object.fromEntries(report.tables.map((table) => [reportPaths.table(table.name), toCsv(table)]));
    const files = {
        'report.html': reportHtml(report, svgs, liveliftVersion()),
        'result.json': `${JSON.stringify(report.result, null, 2)}\n`,
        ...chartFiles,
        ...tableFiles,
    };
    return { files, renderWarnings };
}
//# sourceMappingURL=writeReport.js.map