/**
 * Simulated experiments: experiment files, designs, randomization units, the Monte-Carlo runner
 * with true effects, and parameter sweeps. docs/experiments.md explains every quantity.
 *
 *   file ─→ loadExperiment ─→ runExperiment | runSweep ─→ ExperimentResult | SweepResult
 *                              (simulate on workers → analyse each replicate → aggregate)
 *
 * This file only re-exports.
 */
// File format (zod schemas are the single source of truth) and metrics.
export { ExperimentSchema, ExperimentFileSchema, MetricsSchema } from './schema/experimentSchema.js';
export { DesignSchema, MAX_ARMS } from './schema/designSchema.js';
export { ArmSchema, FactorSchema, FactorLevelSchema, ArmCouponSchema } from './schema/armSchema.js';
export { UnitSchema } from './schema/unitSchema.js';
export { AnalysisSchema, CUPED_COVARIATES } from './schema/analysisSchema.js';
export { METRICS, METRIC_NAMES, VIEWER_VARIABLES } from './schema/metrics.js';
export { experimentJsonSchema } from './schema/experimentJsonSchema.js';
// Loading: validation, arms merged into the base scenario, units.
export { loadExperiment, parseExperiment } from './load/loadExperiment.js';
export { expandDesign } from './design/expandDesign.js';
export { viewerTreatment } from './units/viewerTreatment.js';
export { allocateByWeight, shuffledAssignment } from './units/allocateByWeight.js';
// Running.
export { runExperiment, experimentPayload, replicateContext } from './run/runExperiment.js';
export { runSweep } from './sweep/runSweep.js';
export { simulateReplicate } from './simulate/simulateReplicate.js';
export { runWorld } from './simulate/runWorld.js';
export { analyseReplicate } from './analyse/analyseReplicate.js';
export { experimentContrasts } from './analyse/contrasts.js';
export { contrastTruth, potentialSumsByArm } from './aggregate/contrastTruth.js';
export { formatExperimentText } from './output/formatExperimentText.js';
export { experimentFiles, experimentJson } from './output/experimentFiles.js';
export { experimentTables } from './output/experimentTables.js';
export { formatSweepText } from './sweep/formatSweepText.js';
export { sweepFiles, sweepTable } from './sweep/sweepFiles.js';
//# sourceMappingURL=index.js.map