export { sequentialRho } from './sequentialRho.js';
export {
  confidenceSequence,
  sequentialHalfWidthFactor,
  alwaysValidPValue,
  DEFAULT_TUNING,
  type SequentialOptions,
  type SequentialEstimate,
  type EffectMoments,
} from './confidenceSequence.js';
export { sequentialComparison, sequentialFromMoments, type SequentialComparison, type SequentialComparisonOptions } from './sequentialComparison.js';
export { msprt, mixtureLogLikelihoodRatio, defaultMixingVariance, type MsprtOptions, type MsprtResult } from './msprt.js';
export { msprtSequence, type Look } from './msprtSequence.js';
