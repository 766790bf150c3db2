import type { AnalysisComparison } from '../results/index.js';
import { createStream } from '../sim/random/index.js';
import { bootstrapQuantileDifference } from '../stats/robust/index.js';
import { finiteOrNull, toJsonSafe } from '../stats/toJsonSafe.js';
import type { AnalyzeOptions } from './analyzeOptions.js';

/** What --bootstrap and --seed default to (their help in analyzeOptionText.ts says the same). */
export const QUANTILE_BOOTSTRAP_DEFAULTS = { resamples: 2000, seed: 1 } as const;

/** One `--quantile` row of a comparison, declared once in src/results/analysisResult.ts. */
export type QuantileJson = NonNullable<AnalysisComparison['quantiles']>[number];

/**
 * `--quantile`: each asked quantile of the control and treatment values of a mean metric, and
 * their difference and relative difference with the percentile bootstrap of
 * src/stats/robust/bootstrapQuantileDifference.ts (Efron & Tibshirani 1993, §13.3) at the
 * analysis's alpha and sides. Beside the decision, never instead of it.
 *
 * Randomness: one stream per (seed, metric, treatment, quantile), `createStream(seed, 0,
 * "quantile:METRIC:VARIANT:Q")`, so a row's interval depends on nothing but its own name and the
 * seed: the same seed gives byte-identical output, and adding a metric or a quantile leaves the
 * other rows unchanged.
 */
export function quantileResults(
  metric: string,
  variant: string,
  control: Float64Array,
  treatment: Float64Array,
  options: Pick<AnalyzeOptions, 'quantile' | 'bootstrap' | 'seed' | 'alpha' | 'sides'>,
): QuantileJson[] {
  const seed = options.seed ?? QUANTILE_BOOTSTRAP_DEFAULTS.seed;
  const resamples = options.bootstrap ?? QUANTILE_BOOTSTRAP_DEFAULTS.resamples;
  return (options.quantile ?? []).map((quantile) => {
    const rng = createStream(seed, 0, `quantile:${metric}:${variant}:${quantile}`);
    const result = bootstrapQuantileDifference(control, treatment, { rng, quantile, resamples, alpha: options.alpha, sides: options.sides });
    return {
      quantile,
      method: 'percentile-bootstrap',
      label: 'bootstrap, not the decision test',
      control: finiteOrNull(result.control),
      treatment: finiteOrNull(result.treatment),
      absolute: result.absolute && toJsonSafe(result.absolute),
      relative: result.relative && toJsonSafe(result.relative),
      resamples: result.resamples,
      seed,
      warnings: result.warnings.map(({ code, message }) => ({ code, message })),
    };
  });
}

/** Why a metric of this kind gets no quantile rows (the CLI, JSON and report show it). */
export function quantileNote(kind: 'proportion' | 'mean' | 'ratio'): string | undefined {
  if (kind === 'mean') return undefined;
  return kind === 'proportion'
    ? 'no quantiles: a conversion (0/1) has only the quantiles 0 and 1; its rate is compared above'
    : 'no quantiles: --quantile compares per-row values of mean metrics, not ratios';
}
