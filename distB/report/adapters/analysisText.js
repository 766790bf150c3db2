import { formatCount, formatPValue, formatSignedPercent, formatNumber } from '../format.js';
import { correctionName, decidingPValue, hasCorrection, isSignificant } from './analyze.js';
/** Plain-language summary: who was compared, one verdict per comparison, the SRM check. */
export function analysisSummary(result) {
    const units = result.variants.reduce((sum, variant) => sum + variant.units, 0);
    const names = result.variants.map((variant) => `${variant.name} (${formatCount(variant.units)})`).join(', ');
    const intro = `${formatCount(units)} units in ${result.variants.length} variants: ${names}; control is ${result.control}. Significance level ${result.alpha}${hasCorrection(result) ? `, ${correctionName(result.correction)} correction across all comparisons` : ''}.`;
    const verdicts = result.metrics.flatMap((metric) => metric.comparisons.map((comparison) => comparisonVerdict(result, metric.name, comparison)));
    const srm = result.srm
        ? result.srm.flagged
            ? `Sample ratio mismatch: the split of units differs from the plan (chi-square p = ${formatPValue(result.srm.pValue)}). Check the assignment before trusting these results.`
            : `No sample ratio mismatch (chi-square p = ${formatPValue(result.srm.pValue)}).`
        : '';
    return [intro, ...verdicts, srm].filter((text) => text !== '');
}
/** "B raises conversion by +12.0% (95% CI +3.1% to +21.0%), p = 0.0081." */
export function comparisonVerdict(result, metric, comparison) {
    const provided = comparison.verdict;
    if (typeof provided === 'string' && provided !== '')
        return provided;
    const level = `${Math.round((1 - result.alpha) * 1000) / 10}%`;
    const p = decidingPValue(comparison, hasCorrection(result));
    const significant = isSignificant(result, comparison);
    const relative = comparison.relative;
    const effect = relative ?? comparison.absolute;
    const show = relative ? (value) => formatSignedPercent(value) : (value) => formatNumber(value, 4);
    const [lo, hi] = effect.ci;
    const interval = `${level} CI ${lo === null ? '−∞' : show(lo)} to ${hi === null ? '+∞' : show(hi)}`;
    const direction = effect.estimate >= 0 ? 'raises' : 'lowers';
    const pText = p === null ? '' : `, ${hasCorrection(result) ? 'adjusted ' : ''}p = ${formatPValue(p)}`;
    const verdict = significant ? '' : ' Not significant: the data are consistent with no effect.';
    return `${comparison.variant} ${direction} ${metric} by ${show(effect.estimate)} versus ${comparison.control} (${interval}${pText}).${verdict}`;
}
const METHOD_TEXT = {
    'z-test': 'Conversion metrics (proportions): two-proportion z-test with unpooled standard errors.',
    welch: 'Mean metrics (e.g. revenue per unit): Welch two-sample t-test (unequal variances, Welch–Satterthwaite degrees of freedom).',
    delta: 'Ratio metrics: delta-method variance of the ratio of means.',
    'cluster-robust': 'Cluster-randomized data: cluster-robust standard errors over cluster totals, so clustered units do not overstate significance.',
};
/** Methodology: the tests actually used (from each comparison's method) and the options that were on. */
export function analysisMethodology(result) {
    const comparisons = result.metrics.flatMap((metric) => metric.comparisons);
    const methods = new Set(result.metrics.flatMap((metric) => metric.comparisons.map((comparison) => comparison.method ?? fallbackMethod(metric.kind))));
    const options = (result.options ?? {});
    const relativeCi = options.relativeCi === 'fieller' ? 'Fieller’s theorem' : 'the delta method';
    const lines = [
        ...[...methods].map((method) => METHOD_TEXT[method] ?? `Test: ${method}.`),
        `Relative lift: (variant mean − control mean) / control mean, interval by ${relativeCi}; left out when the control mean is not positive.`,
        result.sides && result.sides !== 'two' ? `One-sided tests (alternative: variant ${result.sides} than control); the other interval end is open.` : '',
        comparisons.some((comparison) => comparison.cuped) ? 'CUPED: variance reduction with a pre-period covariate (Deng, Xu, Kohavi & Walker 2013).' : '',
        comparisons.some((comparison) => comparison.sequential) ? 'Sequential: always-valid asymptotic confidence sequences, safe to look at any time.' : '',
        comparisons.some((comparison) => comparison.bayesian) ? 'Bayesian: Gaussian model of the lift (flat or normal prior); chance to beat control = posterior P(lift > 0); for conversions also the exact Beta-Binomial chance.' : '',
        hasCorrection(result) ? `Multiple comparisons: ${correctionName(result.correction)} correction over every metric × variant${result.segments?.length ? ' × segment' : ''} comparison, with intervals consistent with the adjusted p-values.` : 'No multiple-comparison correction: with many comparisons some will look significant by chance.',
        result.srm ? `Sample ratio mismatch: chi-square goodness-of-fit test of units per variant against the planned split; flagged below p = ${result.srm.threshold ?? 0.001}.` : '',
    ];
    return lines.filter((line) => line !== '');
}
/** Results without a `method` field: the default test of the metric kind. */
function fallbackMethod(kind) {
    return kind === 'proportion' ? 'z-test' : kind === 'ratio' ? 'delta' : 'welch';
}
//# sourceMappingURL=analysisText.js.map