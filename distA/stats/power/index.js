export { absoluteEffect, normalisedSplit, validateDesign } from './powerDesign.js';
export { effectStandardErrors } from './effectStandardErrors.js';
export { powerForEffect, powerAtDelta } from './powerForEffect.js';
export { sampleSizeForEffect } from './sampleSizeForEffect.js';
export { minimumDetectableEffect } from './minimumDetectableEffect.js';
export { powerCurve, sampleSizeCurve, effectGrid } from './powerCurve.js';
export { bisectIncreasing } from './bisect.js';
export { planPower } from './planPower.js';
//# sourceMappingURL=index.js.map