import type { AnalysisComparison } from '../results/index.js';
import { msprtSequence } from '../stats/sequential/index.js';
import type { MetricStats } from '../stats/sufficientStats.js';
import { finiteOrNull } from '../stats/toJsonSafe.js';
import type { AnalyzeOptions } from './analyzeOptions.js';

/**
 * `--msprt`: the mixture sequential probability ratio test (Johari, Pekelis & Walsh 2022; see
 * src/stats/sequential/msprt.ts) of the difference of two conversion rates, shown beside the
 * decision, not instead of it (the always-valid decision is `--sequential`'s). Two-sided,
 * unadjusted, on the raw counts (no CUPED), τ² by `defaultMixingVariance` at `--tuning`. The
 * fields are declared once, in src/results/analysisResult.ts (MsprtSchema).
 */
export type MsprtJson = NonNullable<AnalysisComparison['msprt']>;

/**
 * The mSPRT of a conversion metric over its looks (cumulative statistics of control and
 * treatment per look, in time order; one look for the whole data), the p-value carried forward
 * so it never rises. Undefined for other metric kinds or an empty arm.
 */
export function msprtResults(looks: readonly { control: MetricStats; treatment: MetricStats }[], options: Pick<AnalyzeOptions, 'alpha' | 'tuning'>): MsprtJson[] | undefined {
  if (looks.length === 0 || looks.some((look) => look.control.n < 1 || look.treatment.n < 1)) return undefined;
  return msprtSequence(looks, { alpha: options.alpha, tuning: options.tuning }).results.map((result) => ({
    estimate: result.estimate,
    ci: [finiteOrNull(result.ci[0]), finiteOrNull(result.ci[1])],
    pValue: result.pValue,
    likelihoodRatio: finiteOrNull(result.likelihoodRatio),
    tau2: result.tau2,
    decision: result.decision,
  }));
}
