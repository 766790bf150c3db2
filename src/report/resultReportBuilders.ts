import { buildAnalysisReport } from './buildAnalysisReport.js';
import { buildBanditReport } from './buildBanditReport.js';
import { buildExperimentReport } from './buildExperimentReport.js';
import { buildPowerReport } from './buildPowerReport.js';
import { buildSimulationReport } from './buildSimulationReport.js';
import { buildSweepReport } from './buildSweepReport.js';
import type { Report } from './report.js';

/**
 * Build a report from a parsed result of one kind. Validates the result (throwing InputError
 * with JSON paths for a malformed file), adapts it to chart inputs and assembles the Report.
 */
export type ResultReportBuilder = (result: unknown, file?: string) => Report;

/**
 * Report builders by result `kind`. One line per kind; a command's result lands here when its
 * adapter (src/report/adapters/<command>.ts) exists.
 */
export const RESULT_REPORT_BUILDERS: Readonly<Record<string, ResultReportBuilder>> = {
  analysis: buildAnalysisReport,
  bandit: buildBanditReport,
  experiment: buildExperimentReport,
  power: buildPowerReport,
  simulation: buildSimulationReport,
  sweep: buildSweepReport,
};
