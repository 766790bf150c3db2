/**
 * Sufficient statistics: everything the engine needs to know about one arm of one metric.
 * Immutable and addable, so a CSV pass, simulator replicates or a SQL `GROUP BY` feed the same
 * code (the design of GrowthBook's gbstats).
 *
 * For a metric x over n units: n, Σx, Σx². A CUPED covariate z adds Σz, Σz², Σxz. A ratio metric
 * x / d adds the denominator's Σd, Σd², Σxd. CUPED on a ratio metric adds the pre-period
 * numerator x₀ and denominator d₀ with every cross-product (`RatioCovariateSums`).
 */
export const EMPTY_STATS = Object.freeze({ n: 0, sum: 0, sumSquares: 0 });
/** Statistics of a concatenation are the sums of the parts' statistics. */
export function addStats(a, b) {
    return {
        n: a.n + b.n,
        sum: a.sum + b.sum,
        sumSquares: a.sumSquares + b.sumSquares,
        ...(a.covariate || b.covariate ? { covariate: addPaired(a.covariate, b.covariate) } : {}),
        ...(a.denominator || b.denominator ? { denominator: addPaired(a.denominator, b.denominator) } : {}),
        ...(a.ratioCovariate || b.ratioCovariate ? { ratioCovariate: addRatioCovariate(a.ratioCovariate, b.ratioCovariate) } : {}),
    };
}
function addRatioCovariate(a, b) {
    return {
        numerator: addPaired(a?.numerator, b?.numerator),
        denominator: addPaired(a?.denominator, b?.denominator),
        sumDenominatorNumerator: (a?.sumDenominatorNumerator ?? 0) + (b?.sumDenominatorNumerator ?? 0),
        sumDenominatorDenominator: (a?.sumDenominatorDenominator ?? 0) + (b?.sumDenominatorDenominator ?? 0),
        sumNumeratorDenominator: (a?.sumNumeratorDenominator ?? 0) + (b?.sumNumeratorDenominator ?? 0),
    };
}
function addPaired(a, b) {
    return {
        sum: (a?.sum ?? 0) + (b?.sum ?? 0),
        sumSquares: (a?.sumSquares ?? 0) + (b?.sumSquares ?? 0),
        sumProduct: (a?.sumProduct ?? 0) + (b?.sumProduct ?? 0),
    };
}
/** Sufficient statistics of raw values (and optional paired covariate / denominator values). */
export function statsFromValues(values, paired = {}) {
    let sum = 0;
    let sumSquares = 0;
    for (let i = 0; i < values.length; i++) {
        sum += values[i];
        sumSquares += values[i] * values[i];
    }
    const stats = { n: values.length, sum, sumSquares };
    if (paired.covariate)
        stats.covariate = pairedFromValues(values, paired.covariate);
    if (paired.denominator)
        stats.denominator = pairedFromValues(values, paired.denominator);
    if (paired.ratioCovariate) {
        if (!paired.denominator)
            throw new Error('statsFromValues: a ratio covariate needs the denominator values');
        stats.ratioCovariate = ratioCovariateFromValues(values, paired.denominator, paired.ratioCovariate);
    }
    return stats;
}
function ratioCovariateFromValues(x, d, pre) {
    const numerator = pairedFromValues(x, pre.numerator);
    const denominator = pairedFromValues(x, pre.denominator);
    return {
        numerator,
        denominator,
        sumDenominatorNumerator: pairedFromValues(d, pre.numerator).sumProduct,
        sumDenominatorDenominator: pairedFromValues(d, pre.denominator).sumProduct,
        sumNumeratorDenominator: pairedFromValues(pre.numerator, pre.denominator).sumProduct,
    };
}
function pairedFromValues(x, y) {
    if (y.length !== x.length)
        throw new Error(`paired values have length ${y.length}, expected ${x.length}`);
    let sum = 0;
    let sumSquares = 0;
    let sumProduct = 0;
    for (let i = 0; i < y.length; i++) {
        sum += y[i];
        sumSquares += y[i] * y[i];
        sumProduct += x[i] * y[i];
    }
    return { sum, sumSquares, sumProduct };
}
/** Sample mean Σx / n (NaN for an empty arm; callers check n first and warn). */
export function mean(stats) {
    return stats.sum / stats.n;
}
/** Unbiased sample covariance (Σxy − ΣxΣy/n) / (n − 1) from sums (0 when n < 2). */
export function sampleCovariance(n, sumX, sumY, sumProduct) {
    if (n < 2)
        return 0;
    return (sumProduct - (sumX * sumY) / n) / (n - 1);
}
/** Unbiased sample variance (Σx² − (Σx)²/n) / (n − 1), clamped at 0 against rounding. */
export function sampleVariance(stats) {
    if (stats.n < 2)
        return 0;
    return Math.max(0, (stats.sumSquares - (stats.sum * stats.sum) / stats.n) / (stats.n - 1));
}
//# sourceMappingURL=sufficientStats.js.map