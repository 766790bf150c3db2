export {
  gaussianBayesian,
  gaussianPosterior,
  normalDecisionSummary,
  type GaussianPrior,
  type GaussianBayesianOptions,
  type BayesianResult,
} from './gaussianBayesian.js';
export { bayesianComparison, type BayesianComparison, type BayesianComparisonOptions } from './bayesianComparison.js';
export { probabilityBetaGreater, betaMoments, MAX_EXACT_TERMS, type BetaParameters } from './probabilityBetaGreater.js';
export { betaBinomialComparison, type BetaBinomialOptions, type BetaBinomialResult } from './betaBinomialComparison.js';
export { probabilityToBeBest, type ArmPosterior } from './probabilityToBeBest.js';
