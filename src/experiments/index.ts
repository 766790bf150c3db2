/**
 * Simulated experiments: experiment files, designs, randomization units, the Monte-Carlo runner
 * with true effects, and parameter sweeps. docs/experiments.md explains every quantity.
 *
 *   file ─→ loadExperiment ─→ runExperiment | runSweep ─→ ExperimentResult | SweepResult
 *                              (simulate on workers → analyze each replicate → aggregate)
 *
 * This file only re-exports.
 */

// File format (zod schemas are the single source of truth) and metrics.
export { ExperimentSchema, ExperimentFileSchema, MetricsSchema, type Experiment, type ExperimentInput, type MetricsSettings } from './schema/experimentSchema.js';
export { DesignSchema, MAX_ARMS, type Design, type AbDesign, type FactorialDesign, type SweepDesign, type BanditDesign } from './schema/designSchema.js';
export { ArmSchema, FactorSchema, FactorLevelSchema, ArmCouponSchema, type ArmInput, type ArmCoupon, type Factor, type FactorLevel } from './schema/armSchema.js';
export { UnitSchema, type Unit } from './schema/unitSchema.js';
export { AnalysisSchema, CUPED_COVARIATES, type AnalysisSettings, type CupedCovariate } from './schema/analysisSchema.js';
export { METRICS, METRIC_NAMES, VIEWER_VARIABLES, type MetricName, type MetricDefinition, type ViewerVariable } from './schema/metrics.js';
export { experimentJsonSchema } from './schema/experimentJsonSchema.js';

// Loading: validation, arms merged into the base scenario, units.
export { loadExperiment, parseExperiment, type LoadedExperiment } from './load/loadExperiment.js';
export type { ResolvedArm } from './load/resolveArms.js';
export { expandDesign, type ExpandedDesign } from './design/expandDesign.js';
export { viewerTreatment } from './units/viewerTreatment.js';
export { allocateByWeight, shuffledAssignment } from './units/allocateByWeight.js';

// Running.
export { runExperiment, experimentPayload, replicateContext, type RunOptions } from './run/runExperiment.js';
export { runSweep } from './sweep/runSweep.js';
export { simulateReplicate } from './world/simulateReplicate.js';
export { runWorld } from './world/runWorld.js';
export type { ExperimentPayload, RawReplicate, ObservedCell, PotentialOutcome } from './world/ExperimentPayload.js';
export type { WorldSpec, WorldResult, Assignment } from './world/WorldSpec.js';
export { analyzeReplicate, type ReplicateContext, type MetricRole } from './replicateAnalysis/analyzeReplicate.js';
export { experimentContrasts, type Contrast } from './replicateAnalysis/contrasts.js';
export { contrastTruth, potentialSumsByArm, type TrueEffect } from './aggregate/contrastTruth.js';

// Results and output.
export type { ExperimentResult, ComparisonSummary, ArmSummary, Rate, Spread } from './output/ExperimentResult.js';
export type { SweepResult, SweepPoint } from './sweep/SweepResult.js';
export { formatExperimentText } from './output/formatExperimentText.js';
export { experimentFiles, experimentJson } from './output/experimentFiles.js';
export { experimentTables } from './output/experimentTables.js';
export { formatSweepText } from './sweep/formatSweepText.js';
export { sweepFiles, sweepTable } from './sweep/sweepFiles.js';
