export { sequentialRho } from './sequentialRho.js';
export { confidenceSequence, sequentialHalfWidthFactor, alwaysValidPValue, DEFAULT_TUNING, } from './confidenceSequence.js';
export { sequentialComparison, sequentialFromMoments } from './sequentialComparison.js';
export { msprt, mixtureLogLikelihoodRatio, defaultMixingVariance } from './msprt.js';
export { msprtSequence } from './msprtSequence.js';
//# sourceMappingURL=index.js.map