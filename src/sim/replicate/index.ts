/**
 * Replicates of a scenario and their summary.
 *
 *   Scenario ─→ simulate (runInWorkers → runReplicate × N) ─→ summarize ─→ SimulationResult
 *            ─→ formatSummary (terminal) | resultFiles (--out DIR)
 */
export { simulate, taskModuleUrl, type SimulateOptions } from './simulate.js';
export { runReplicate } from './runReplicate.js';
export { assembleSimulationResult } from './assembleSimulationResult.js';
export type { SimulationResult } from './SimulationResult.js';
export type { SimulatePayload } from './simulateTask.js';
export { summarize, summarizeSegments, summarizeProducts, summariseValues, INTERVAL_METHOD, type MetricSummary } from './summarize.js';
export { SUMMARY_METRICS, type SummaryMetric } from './summaryMetrics.js';
export { quantileType7, percentileInterval, tInterval, meanAndSd } from './intervals.js';
export { formatSummary } from './formatSummary.js';
export { resultFiles, summaryCsv, timelineCsv } from './resultFiles.js';
