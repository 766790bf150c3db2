export { absoluteEffect, normalisedSplit, validateDesign, type Effect, type EffectSize, type PowerDesign } from './powerDesign.js';
export { effectStandardErrors, type EffectStandardErrors } from './effectStandardErrors.js';
export { powerForEffect, powerAtDelta } from './powerForEffect.js';
export { sampleSizeForEffect, type SampleSizePlan } from './sampleSizeForEffect.js';
export { minimumDetectableEffect } from './minimumDetectableEffect.js';
export { powerCurve, sampleSizeCurve, effectGrid, type PowerPoint } from './powerCurve.js';
export { bisectIncreasing } from './bisect.js';
export { planPower, type PowerPlan, type PowerRequest } from './planPower.js';
