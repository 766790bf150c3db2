/**
 * The stats engine: pure functions over per-arm sufficient statistics.
 *
 *   MetricStats (per arm) → armMoments / liftMoments → compare{Means,Proportions,Ratios} | cuped
 *                                                   → adjustPValues (Holm / BH) → report
 *
 * This file only re-exports. Formulas, sources and options: docs/statistics.md.
 */

// Base types, sufficient statistics, warning codes.
export * from './types.js';
export * from './sufficientStats.js';
export * from './warnings.js';

// Distributions (own implementations, verified against scipy).
export * from './distributions/index.js';

// Per-arm and per-comparison moments (means, variances of means, lifts), shared by every test.
export { armMoments, type ArmMoments } from './armMoments.js';
export { liftMoments, type LiftMoments, type MomentEstimate } from './liftMoments.js';
export { waldEstimate, uninformativeEstimate, type ReferenceDistribution } from './waldEstimate.js';
export { welchDegreesOfFreedom } from './welchDegreesOfFreedom.js';

// Fixed-horizon comparisons.
export { compareMeans } from './compareMeans.js';
export { compareProportions } from './compareProportions.js';
export { compareRatios } from './compareRatios.js';
export { compare } from './compare.js';
export { fisherExact, type FisherExactResult } from './fisherExact.js';
export { relativeLiftDelta, relativeLiftFieller, deltaSe, type RatioOfEstimates } from './relativeLift.js';
export { cupedArm, type CupedArm } from './cupedArm.js';
export { cuped, cupedMoments, type CupedMoments } from './cuped.js';

// Sample ratio mismatch and multiple comparisons.
export { srmTest, type SrmResult } from './srmTest.js';
export { adjustPValues, adjustedIntervalAlphas, type CorrectionMethod } from './adjustPValues.js';

// Serialisation of ±Infinity interval ends (JSON has none).
export { toJsonSafe, finiteOrNull, type JsonEffectEstimate } from './toJsonSafe.js';

// Analytic power.
export * from './power/index.js';

// Sequential (peeking-safe) tests, Bayesian analysis, robustness, cluster-randomized data.
export * from './sequential/index.js';
export * from './bayesian/index.js';
export * from './robust/index.js';
export * from './cluster/index.js';
export * from './power/sequentialPower.js';

// Margin tests (non-inferiority, equivalence / TOST) and heterogeneity of independent estimates (Cochran's Q).
export { marginTest, type Margin, type MarginInput, type MarginTestResult } from './marginTest.js';
export { cochranQ, type CochranQResult } from './cochranQ.js';
