import type { BayesianResult } from '../../../src/stats/bayesian/index.js';
import { expectClose } from '../goldenHelpers.js';

/** Every field of a Bayesian result against its golden value, relatively (absolute floor 1e-15). */
export function expectBayesian(actual: BayesianResult, expected: BayesianResult, label: string, rel = 1e-9): void {
  expectClose(actual.posteriorMean, expected.posteriorMean, `${label} posterior mean`, rel, 1e-15);
  expectClose(actual.posteriorSd, expected.posteriorSd, `${label} posterior sd`, rel);
  expectClose(actual.chanceToWin, expected.chanceToWin, `${label} chance to win`, rel, 0);
  expectClose(actual.risk.control, expected.risk.control, `${label} risk control`, rel, 1e-15);
  expectClose(actual.risk.variant, expected.risk.variant, `${label} risk variant`, rel, 1e-15);
  expectClose(actual.ci[0], expected.ci[0], `${label} ci low`, rel, 1e-15);
  expectClose(actual.ci[1], expected.ci[1], `${label} ci high`, rel, 1e-15);
}
