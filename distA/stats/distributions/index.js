export { erfc } from './erfc.js';
export { normalCdf, normalSurvival, normalPdf } from './normalCdf.js';
export { normalQuantile, normalUpperQuantile } from './normalQuantile.js';
export { logGamma, logBeta, stirlingRemainder } from './logGamma.js';
export { incompleteBetaTails, regularizedBeta } from './incompleteBeta.js';
export { incompleteGammaTails } from './incompleteGamma.js';
export { studentTCdf, studentTSurvival, studentTPdf } from './studentTCdf.js';
export { studentTQuantile } from './studentTQuantile.js';
export { chiSquareSurvival, chiSquareCdf } from './chiSquareSurvival.js';
//# sourceMappingURL=index.js.map