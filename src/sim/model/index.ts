/**
 * The live-session model: a scenario compiled into per-piece tables and operational clocks, and a
 * set of event handlers over typed-array viewer state. Formulas: docs/model.md.
 *
 *   Scenario → compilePlan → LiveSession.run (kernel events: arrivals, acts, notices, decisions,
 *   purchases, departures, host boundaries) → buildRunResult → RunResult
 */
export { runSession } from './runSession.js';
export { LiveSession, SessionEnvironment, MAX_ARMS, type SessionOptions } from './LiveSession.js';
export type { SessionState } from './SessionState.js';
export { EXIT_NATURAL, EXIT_PURCHASE, EXIT_END } from './exitViewer.js';
export { buildRunResult, ratio } from './buildRunResult.js';
export type { RunResult, Funnel, SegmentResult, ProductResult, ArmResult } from './RunResult.js';
export type { TimelineRow } from './MinuteSeries.js';
export type { ArmTreatment } from './ArmTreatment.js';
export { ARM_METRICS, type ArmMetric } from './ArmAccumulators.js';
export { PiecewiseClock } from './PiecewiseClock.js';
export { ViewerStreams } from './ViewerStreams.js';
export { organicArrivalRate, type ArrivalIntensity } from './organicArrivalRate.js';
export { compilePlan, type CompiledPlan } from './compilePlan.js';
export { VIEWER_CSV_COLUMNS, VIEWER_CSV_HEADER } from './viewerCsv.js';
export { SOURCES, type SourceName } from './ProfileSampler.js';
