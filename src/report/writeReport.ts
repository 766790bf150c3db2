import { writeDirAtomic } from '../io/atomicWrite.js';
import { assertValidReport } from './assertValidReport.js';
import { reportHtml, reportPaths } from './html/reportHtml.js';
import { liveliftVersion } from '../io/liveliftVersion.js';
import { renderChart } from './render/renderChart.js';
import type { Report } from './report.js';
import { toCsv } from '../format/toCsv.js';

/** What `writeReport` wrote, for the CLI to print. */
export interface WrittenReport {
  readonly dir: string;
  /** Paths inside `dir`, in writing order. */
  readonly files: readonly string[];
  /** Warnings vega-lite or vega logged while rendering, prefixed with the chart name. */
  readonly renderWarnings: readonly string[];
}

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
export async function writeReport(dir: string, report: Report): Promise<WrittenReport> {
  const { files, renderWarnings } = await reportFiles(report);
  writeDirAtomic(dir, files);
  return { dir, files: Object.keys(files), renderWarnings };
}

/** Every file of a report folder, by relative path, without writing anything. */
export async function reportFiles(report: Report): Promise<{ files: Record<string, string | Uint8Array>; renderWarnings: string[] }> {
  assertValidReport(report);
  const svgs = new Map<string, string>();
  const chartFiles: Record<string, string | Uint8Array> = {};
  const renderWarnings: string[] = [];
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
