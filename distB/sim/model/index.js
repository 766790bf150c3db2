/**
 * The live-session model: a scenario compiled into per-piece tables and operational clocks, and a
 * set of event handlers over typed-array viewer state. Formulas: docs/model.md.
 *
 *   Scenario → compilePlan → LiveSession.run (kernel events: arrivals, acts, notices, decisions,
 *   purchases, departures, host boundaries) → buildRunResult → RunResult
 */
export { runSession } from './runSession.js';
export { LiveSession, SessionEnvironment, MAX_ARMS } from './LiveSession.js';
export { EXIT_NATURAL, EXIT_PURCHASE, EXIT_END } from './exitViewer.js';
export { buildRunResult, ratio } from './buildRunResult.js';
export { ARM_METRICS } from './ArmAccumulators.js';
export { PiecewiseClock } from './PiecewiseClock.js';
export { ViewerStreams, fmix32 } from './ViewerStreams.js';
export { organicArrivalRate } from './organicArrivalRate.js';
export { compilePlan } from './compilePlan.js';
export { VIEWER_CSV_COLUMNS, VIEWER_CSV_HEADER } from './viewerCsv.js';
export { SOURCES } from './ProfileSampler.js';
//# sourceMappingURL=index.js.map