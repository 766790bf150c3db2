/**
 * Fitting a plan to past sessions and checking that it predicts (docs/fit.md). Pure estimation:
 * no command line, no terminal. This file only re-exports.
 */
export { fitPlan, fitData, type FitPlanInput, type FitOutcome } from './fitPlan.js';
export { ESTIMATORS } from './estimators.js';
export { DEFAULT_FIT_SETTINGS, type FitSettings, type Estimator } from './FitContext.js';
export { parseColumnMap, VIEWER_COLUMNS, type ColumnMap } from './columnMap.js';
export { readViewers } from './readViewers.js';
export { readMinutes } from './readMinutes.js';
export { observedSessions, type SessionSummary } from './observedSessions.js';
export { predictSessions, quantile, type PredictedSession } from './predictSessions.js';
export { buildFitReport } from './fitReport.js';
export { fitResult } from './fitResult.js';
export type { ViewerData } from './ViewerData.js';
export { backtest, type BacktestResult, type BacktestFold } from './backtest.js';
export { selectSessions } from './selectSessions.js';
