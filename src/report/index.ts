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
export type { Report, ReportChart, ReportTable, ReportColumn, Provenance, CellValue } from './report.js';
export { writeReport, reportFiles, type WrittenReport } from './writeReport.js';
export { renderChart, specToSvg, svgToPng, type RenderedChart } from './render/renderChart.js';
export { reportFromResult, reportFromResultFile } from './reportFromResult.js';
export { RESULT_REPORT_BUILDERS, type ResultReportBuilder } from './resultReportBuilders.js';
export { buildAnalysisReport } from './buildAnalysisReport.js';
export { buildSimulationReport } from './buildSimulationReport.js';
export { buildExperimentReport } from './buildExperimentReport.js';
export { buildSweepReport } from './buildSweepReport.js';
export { buildPowerReport } from './buildPowerReport.js';
export { buildBanditReport } from './buildBanditReport.js';
export { resultKind } from '../results/resultKind.js';
export { commandReportFiles } from './commandReportFiles.js';
