import { escapeHtml } from './escapeHtml.js';
import { inlineSvg } from './inlineSvg.js';
import { REPORT_STYLES } from './reportStyles.js';
import { tableHtml } from './tableHtml.js';
/** Where `writeReport` puts each chart's and table's files, relative to the report folder. */
export const reportPaths = {
    chart: (name, extension) => `charts/${name}.${extension}`,
    table: (name) => `tables/${name}.csv`,
};
/**
 * The self-contained `report.html`: inline CSS and SVG, no script, no external resource (the
 * Content-Security-Policy forbids loading any). Every string from the report is escaped here;
 * the SVGs come from vega, which escapes their text itself (checked by `inlineSvg`).
 */
export function reportHtml(report, svgs, writtenBy) {
    return [
        '<!DOCTYPE html>',
        '<html lang="en">',
        '<head>',
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
        `<meta name="generator" content="livelift ${escapeHtml(writtenBy)}">`,
        `<title>${escapeHtml(report.title)}</title>`,
        `<style>${REPORT_STYLES}</style>`,
        '</head>',
        `<body data-kind="${escapeHtml(report.kind)}">`,
        headerHtml(report),
        summaryHtml(report),
        chartsHtml(report, svgs),
        tablesHtml(report),
        paragraphsSection('methodology', 'Methodology', report.methodology),
        provenanceHtml(report, writtenBy),
        '</body>',
        '</html>',
        '',
    ].join('\n');
}
function headerHtml(report) {
    const links = [['summary', 'Summary'], ['charts', 'Charts'], ['tables', 'Tables'], ['methodology', 'Methodology'], ['reproduce', 'Reproduce']];
    return [
        '<header>',
        `<h1>${escapeHtml(report.title)}</h1>`,
        `<p class="meta">livelift ${escapeHtml(report.kind)} report · produced by livelift ${escapeHtml(report.provenance.version)}</p>`,
        `<nav><ul>${links.map(([id, label]) => `<li><a href="#${id}">${label}</a></li>`).join('')}</ul></nav>`,
        '</header>',
    ].join('\n');
}
function summaryHtml(report) {
    const warnings = report.warnings.length === 0
        ? ''
        : `<h3>Warnings</h3>\n<ul class="warnings">${report.warnings.map((text) => `<li>${escapeHtml(text)}</li>`).join('\n')}</ul>`;
    return [paragraphsSection('summary', 'Summary', report.summary, false), warnings, '</section>'].join('\n');
}
function paragraphsSection(id, title, paragraphs, close = true) {
    const body = paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join('\n');
    return `<section id="${id}">\n<h2>${title}</h2>\n${body}${close ? '\n</section>' : ''}`;
}
function chartsHtml(report, svgs) {
    const figures = report.charts.map((chart) => chartFigure(chart, svgs.get(chart.name)));
    return ['<section id="charts">', '<h2>Charts</h2>', ...figures, '</section>'].join('\n');
}
function chartFigure(chart, svg) {
    if (svg === undefined)
        throw new Error(`no rendered SVG for chart ${chart.name}`);
    const files = ['vl.json', 'svg', 'png']
        .map((extension) => `<a href="${escapeHtml(reportPaths.chart(chart.name, extension))}">${extension === 'vl.json' ? 'vega-lite spec' : extension.toUpperCase()}</a>`)
        .join(' · ');
    return [
        `<figure class="chart" id="chart-${escapeHtml(chart.name)}" data-chart="${escapeHtml(chart.name)}" aria-label="${escapeHtml(chart.title)}">`,
        inlineSvg(svg, `chart-${chart.name}`),
        `<figcaption><strong>${escapeHtml(chart.title)}.</strong> ${escapeHtml(chart.caption)}<br><span class="files">Files: ${files}</span></figcaption>`,
        '</figure>',
    ].join('\n');
}
function tablesHtml(report) {
    const tables = report.tables.map((table) => tableHtml(table, reportPaths.table(table.name)));
    return ['<section id="tables">', '<h2>Tables</h2>', ...tables, '</section>'].join('\n');
}
function provenanceHtml(report, writtenBy) {
    const { provenance } = report;
    const rows = [
        ['Produced by', `livelift ${provenance.version}`],
        ['Report written by', `livelift ${writtenBy}`],
        ['Command', provenance.command],
        ['Seeds', provenance.seeds.length === 0 ? 'none (deterministic)' : provenance.seeds.join(', ')],
        ['Input file', provenance.inputFile ?? '(none)'],
    ];
    const list = rows.map(([term, value]) => `<dt>${term}</dt><dd><code>${escapeHtml(value)}</code></dd>`).join('\n');
    return [
        '<section id="reproduce">',
        '<h2>Reproduce</h2>',
        '<p>Run the command below with the same livelift version and the exact input shown here to get the same result, byte for byte. <a href="result.json">result.json</a> holds the full result; <code>livelift report result.json --out DIR</code> rebuilds this report from it.</p>',
        `<dl class="provenance">\n${list}\n</dl>`,
        '<h3>Exact input</h3>',
        `<pre id="exact-input">${escapeHtml(JSON.stringify(provenance.input ?? null, null, 2))}</pre>`,
        '</section>',
        `<footer>Written by livelift ${escapeHtml(writtenBy)}. Charts are vega-lite specs rendered with vega; every chart's spec, SVG and PNG sit in charts/.</footer>`,
    ].join('\n');
}
//# sourceMappingURL=reportHtml.js.map