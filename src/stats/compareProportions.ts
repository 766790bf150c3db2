import { comparisonFromMoments, plainLiftRatio, validateOptions } from './comparisonFromMoments.js';
import { normalCdf, normalSurvival } from './distributions/normalCdf.js';
import { normalQuantile } from './distributions/normalQuantile.js';
import { liftMoments } from './liftMoments.js';
import { invertScore, scoreStatisticDifference, scoreStatisticRatio } from './proportionScore.js';
import { deltaSe, relativeLiftAt } from './relativeLift.js';
import type { MetricStats } from './sufficientStats.js';
import { DEFAULT_ANALYSIS_OPTIONS, type AnalysisOptions, type Comparison, type EffectEstimate, type StatsWarning } from './types.js';
import { warning } from './warnings.js';

/**
 * Two-proportion score test (`sum` = conversions), with absolute and relative lift whose intervals
 * invert that same test, so each excludes the null exactly when p < alpha:
 *
 * - p-value: the pooled z, √(p̄(1 − p̄)(1/n_c + 1/n_t)) with p̄ = (x_c + x_t)/(n_c + n_t) — the score
 *   test of H₀: p_t = p_c, as statsmodels `proportions_ztest` and R `prop.test(correct = FALSE)`;
 *   two-sided it is Pearson's chi-square on the 2×2 table (scipy `chi2_contingency(correction=False)`).
 * - absolute interval: {δ : |z(δ)| ≤ q}, the Farrington–Manning score interval of p_t − p_c
 *   (`scoreStatisticDifference`; no N/(N − 1) factor, so z(0) is the pooled z).
 * - relative interval: {φ − 1 : |z(φ)| ≤ q}, the score interval of p_t / p_c
 *   (`scoreStatisticRatio`), or the delta-method interval with `relativeCi: 'delta'`.
 * - `scoreMethod: 'miettinen-nurminen'` multiplies every score variance by N/(N − 1), the
 *   p-value included, so interval and p still agree.
 * Both intervals stay finite and of positive width when an arm has no or only conversions.
 * `se` is the unpooled (Wald) standard error, for information and for sequential / Bayesian
 * methods. O(1) statistics, O(64) evaluations per interval end.
 *
 * Warnings: EMPTY_ARM, TOO_FEW_UNITS, ZERO_VARIANCE, FEW_CONVERSIONS (< 5 successes or failures
 * in an arm), NON_POSITIVE_CONTROL_MEAN.
 *
 * @example compareProportions({ n: 1000, sum: 100, sumSquares: 100 }, { n: 1000, sum: 130, sumSquares: 130 }).absolute.pValue // 0.0357…
 */
export function compareProportions(control: MetricStats, treatment: MetricStats, options: AnalysisOptions = DEFAULT_ANALYSIS_OPTIONS): Comparison {
  validateOptions(options);
  const moments = liftMoments(control, treatment, 'proportion');
  if (!moments.estimable) return comparisonFromMoments(moments, options);
  const method = options.scoreMethod ?? 'farrington-manning';
  const [t, c] = [{ x: treatment.sum, n: treatment.n }, { x: control.sum, n: control.n }];
  const { alpha, sides } = options;
  const q = -normalQuantile(sides === 'two' ? alpha / 2 : alpha);
  const z0 = scoreStatisticDifference(t, c, 0, method);
  const pValue = sides === 'two' ? Math.min(1, 2 * normalSurvival(Math.abs(z0))) : sides === 'greater' ? normalSurvival(z0) : normalCdf(z0);
  const difference = moments.absolute.estimate;
  const absolute: EffectEstimate = {
    estimate: difference,
    se: Math.sqrt(moments.absolute.variance),
    ci: invertScore((delta) => scoreStatisticDifference(t, c, delta, method), difference, q, sides, 'difference'),
    pValue,
  };
  const warnings = [...moments.warnings, ...fewConversions(control, treatment)];
  if (moments.relative === null) return { absolute, relative: null, warnings, relativeMethod: 'score' };
  const ratio = plainLiftRatio(moments);
  if (options.relativeCi === 'delta') {
    return { absolute, relative: relativeLiftAt(ratio, q, sides, pValue, 'delta').estimate, warnings, relativeMethod: 'delta', ratio };
  }
  const phi = moments.treatment.mean / moments.control.mean;
  const [lo, hi] = invertScore((value) => scoreStatisticRatio(t, c, value, method), phi, q, sides, 'ratio');
  const relative: EffectEstimate = { estimate: phi - 1, se: deltaSe(ratio), ci: [lo - 1, hi - 1], pValue };
  return { absolute, relative, warnings, relativeMethod: 'score', ratio };
}

function fewConversions(control: MetricStats, treatment: MetricStats): StatsWarning[] {
  const arms = [['control', control], ['treatment', treatment]] as const;
  const few = arms.filter(([, arm]) => Math.min(arm.sum, arm.n - arm.sum) < 5).map(([name]) => name);
  return few.length > 0 ? [warning('FEW_CONVERSIONS', few.join(', '))] : [];
}
