import { buildAnalysisReport } from './buildAnalysisReport.js';
import { buildBanditReport } from './buildBanditReport.js';
import { buildExperimentReport } from './buildExperimentReport.js';
import { buildPowerReport } from './buildPowerReport.js';
import { buildSimulationReport } from './buildSimulationReport.js';
import { buildSweepReport } from './buildSweepReport.js';
/**
 * Report builders by result `kind`. One line per kind; a command's result lands here when its
 * adapter (src/report/adapters/<command>.ts) exists.
 */
export const RESULT_REPORT_BUILDERS = {
    analysis: buildAnalysisReport,
    bandit: buildBanditReport,
    experiment: buildExperimentReport,
    power: buildPowerReport,
    simulation: buildSimulationReport,
    sweep: buildSweepReport,
};
//# sourceMappingURL=resultReportBuilders.js.map