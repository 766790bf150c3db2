import { formatCount, formatPValue } from '../../format/formatNumber.js';
import type { AnalysisComparison, AnalysisMetric, AnalysisResultData as AnalysisResult } from '../../results/index.js';
import { correctionName, hasCorrection } from './analyze.js';

/** Plain-language summary: who was compared, one verdict per comparison, the SRM check. */
export function analysisSummary(result: AnalysisResult): string[] {
  const units = result.variants.reduce((sum, variant) => sum + variant.units, 0);
  const names = result.variants.map((variant) => `${variant.name} (${formatCount(variant.units)})`).join(', ');
  const intro = `${formatCount(units)} units in ${result.variants.length} variants: ${names}; control is ${result.control}. Significance level ${result.alpha}${hasCorrection(result) ? `, ${correctionName(result.correction)} correction ${result.correction === 'dunnett' ? 'of each metric\'s comparisons with the control' : 'across all comparisons'}` : ''}.`;
  const verdicts = result.metrics.flatMap((metric) =>
    metric.comparisons.flatMap((comparison) => [comparisonVerdict(comparison), ...(comparison.margin ? [comparison.margin.verdict] : []), ...(comparison.heterogeneity ? [comparison.heterogeneity.verdict] : [])]),
  );
  const srm = result.srm
    ? result.srm.flagged
      ? `Sample ratio mismatch: the split of units differs from the plan (chi-square p = ${formatPValue(result.srm.pValue)}). Check the assignment before trusting these results.`
      : `No sample ratio mismatch (chi-square p = ${formatPValue(result.srm.pValue)}).`
    : '';
  return [intro, ...verdicts, srm].filter((text) => text !== '');
}

/** The comparison's own verdict line (the report words nothing itself). */
export function comparisonVerdict(comparison: AnalysisComparison): string {
  return comparison.verdict;
}

const METHOD_TEXT: Record<string, string> = {
  'z-test': 'Conversion metrics (proportions): two-proportion score test (pooled z), with Farrington–Manning score intervals for the difference and the ratio, which exclude 0 exactly when p < alpha.',
  welch: 'Mean metrics (e.g. revenue per unit): Welch two-sample t-test (unequal variances, Welch–Satterthwaite degrees of freedom), Welch interval for the difference, Fieller interval (same t quantile and df) for the relative lift.',
  delta: 'Ratio metrics: delta-method test of the difference of ratios, Fieller interval for the relative lift with the same covariance.',
  'cluster-robust': 'Cluster-randomized data: cluster-robust standard errors over cluster totals, so clustered units do not overstate significance.',
};

/** Methodology: the tests actually used (from each comparison's method) and the options that were on. */
export function analysisMethodology(result: AnalysisResult): string[] {
  const comparisons = result.metrics.flatMap((metric) => metric.comparisons);
  const methods = new Set(result.metrics.flatMap((metric) => metric.comparisons.map((comparison) => comparison.method ?? fallbackMethod(metric.kind))));
  const options = (result.options ?? {}) as { relativeCi?: unknown };
  const relativeCi = options.relativeCi === 'delta' ? 'the delta method (on request; it does not invert the test, so near alpha it can disagree with the p-value)' : 'inverting the decision test (Fieller, or the score interval for conversions)';
  const lines = [
    ...[...methods].map((method) => METHOD_TEXT[method] ?? `Test: ${method}.`),
    `Relative lift: (variant mean − control mean) / control mean, interval by ${relativeCi}; left out when the control mean is not positive.`,
    result.sides && result.sides !== 'two' ? `One-sided tests (alternative: variant ${result.sides} than control); the other interval end is open.` : '',
    comparisons.some((comparison) => comparison.cuped) ? 'CUPED: variance reduction with a pre-period covariate (Deng, Xu, Kohavi & Walker 2013).' : '',
    comparisons.some((comparison) => comparison.sequential) ? 'Sequential: always-valid asymptotic confidence sequences, safe to look at any time.' : '',
    comparisons.some((comparison) => comparison.bayesian) ? 'Bayesian: Gaussian model of the lift (flat or normal prior); chance to beat control = posterior P(lift > 0); for conversions also the exact Beta-Binomial chance.' : '',
    hasCorrection(result) ? `Multiple comparisons: ${correctionName(result.correction)} correction over every metric × variant${result.segments?.length ? ' × segment' : ''} comparison, with intervals consistent with the adjusted p-values.` : 'No multiple-comparison correction: with many comparisons some will look significant by chance.',
    comparisons.some((comparison) => comparison.margin) ? 'Non-inferiority / equivalence: the decision test moved to the margin (two one-sided tests for equivalence, TOST), each at alpha, with the 1 − 2·alpha interval that inverts it; not adjusted for multiple comparisons.' : '',
    comparisons.some((comparison) => comparison.heterogeneity) ? "Heterogeneity by segment: Cochran's Q over the segments' absolute differences (inverse-variance weights; chi-square on segments − 1 df), with per-segment p-values corrected across segments." : '',
    result.srm ? `Sample ratio mismatch: chi-square goodness-of-fit test of units per variant against the planned split; flagged below p = ${result.srm.threshold ?? 0.001}.` : '',
  ];
  return lines.filter((line) => line !== '');
}

/** Results without a `method` field: the default test of the metric kind. */
function fallbackMethod(kind: AnalysisMetric['kind']): string {
  return kind === 'proportion' ? 'z-test' : kind === 'ratio' ? 'delta' : 'welch';
}
