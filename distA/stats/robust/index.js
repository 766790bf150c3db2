export { quantileSorted, quantile, sortedCopy } from './quantileSorted.js';
export { capThreshold, capValues, capValue } from './capValues.js';
export { bootstrapQuantileDifference, percentileInterval } from './bootstrapQuantileDifference.js';
export { resampledQuantile } from './resampledQuantile.js';
//# sourceMappingURL=index.js.map