import { quantileSorted, sortedCopy, studentTQuantile } from '../../stats/index.js';
export const SUMMARY_QUANTILES = [0.025, 0.25, 0.5, 0.75, 0.975];
/** Mean, sample sd (n − 1) and quantiles of finite values; NaNs are left out. */
export function describeValues(values) {
    const finite = values.filter(Number.isFinite);
    const n = finite.length;
    const mean = finite.reduce((total, value) => total + value, 0) / n;
    const sd = n > 1 ? Math.sqrt(finite.reduce((total, value) => total + (value - mean) ** 2, 0) / (n - 1)) : 0;
    const sorted = sortedCopy(finite);
    const q = SUMMARY_QUANTILES.map((p) => quantileSorted(sorted, p));
    return { mean, sd, quantiles: [q[0], q[1], q[2], q[3], q[4]] };
}
/**
 * Mean with its t interval at level 1 − alpha: mean ± t(n − 1) · sd / √n (the Monte-Carlo
 * uncertainty of an expectation estimated from n independent replicates).
 */
export function meanInterval(values, alpha = 0.05) {
    const { mean, sd } = describeValues(values);
    const n = values.filter(Number.isFinite).length;
    if (n < 2)
        return { mean, ci: [mean, mean], se: NaN };
    const se = sd / Math.sqrt(n);
    const t = studentTQuantile(1 - alpha / 2, n - 1);
    return { mean, ci: [mean - t * se, mean + t * se], se };
}
//# sourceMappingURL=describeValues.js.map