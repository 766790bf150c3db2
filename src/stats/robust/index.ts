export { quantileSorted, quantile, sortedCopy } from './quantileSorted.js';
export { capThreshold, capValues, capValue, type Cap } from './capValues.js';
export { bootstrapQuantileDifference, percentileInterval, type BootstrapOptions, type BootstrapQuantileResult } from './bootstrapQuantileDifference.js';
export { resampledQuantile } from './resampledQuantile.js';
