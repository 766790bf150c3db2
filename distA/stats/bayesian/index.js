export { gaussianBayesian, gaussianPosterior, normalDecisionSummary, } from './gaussianBayesian.js';
export { bayesianComparison } from './bayesianComparison.js';
export { probabilityBetaGreater, betaMoments, MAX_EXACT_TERMS } from './probabilityBetaGreater.js';
export { betaBinomialComparison } from './betaBinomialComparison.js';
//# sourceMappingURL=index.js.map