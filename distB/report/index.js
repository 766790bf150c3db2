/**
 * The report layer: chart builders (pure data → vega-lite spec), report builders per result
 * kind, and the one edge that renders and writes.
 *
 *   command result ─▶ build<Kind>Report (adapters ─▶ chart builders) ─▶ Report
 *     ─▶ writeReport: renderChart (vega-lite ─▶ vega ─▶ SVG ─▶ resvg PNG) ─▶ writeDirAtomic
 *
 * This file only re-exports. Layout, charts, renderer and fonts: docs/reports.md.
 */
export * from './charts/index.js';
export * from './theme.js';
export { writeReport, reportFiles } from './writeReport.js';
export { renderChart, specToSvg, svgToPng } from './render/renderChart.js';
export { reportFromResult, reportFromResultFile } from './reportFromResult.js';
export { RESULT_REPORT_BUILDERS } from './resultReportBuilders.js';
export { buildAnalysisReport } from './buildAnalysisReport.js';
export { buildSimulationReport } from './buildSimulationReport.js';
export { buildExperimentReport } from './buildExperimentReport.js';
export { buildSweepReport } from './buildSweepReport.js';
export { buildPowerReport } from './buildPowerReport.js';
export { buildBanditReport } from './buildBanditReport.js';
export { resultKind } from './resultKind.js';
export { commandReportFiles } from './commandReportFiles.js';
//# sourceMappingURL=index.js.map