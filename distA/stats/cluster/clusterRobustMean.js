/**
 * Per-row mean of an arm, R = ΣS_c / Σn_c, and its cluster-robust variance from cluster totals
 * (`ClusterArmStats.clusters`):
 *
 *   Var_CR0(R) = Σ_c (S_c − R n_c)² / (Σ_c n_c)²
 *              = (ΣS² − 2R ΣSn + R² Σn²) / N²
 *
 * This is the delta-method variance of the ratio estimator ΣS/Σn over K independent clusters
 * (Cochran 1977, Sampling Techniques, §6.4) with 1/K moments, and it equals the CR0 sandwich
 * (Liang & Zeger 1986; Cameron & Miller 2015, "A practitioner's guide to cluster-robust
 * inference", J. Human Resources 50(2), eq. 11) of the intercept in a regression on a constant.
 * `smallSample` multiplies by K/(K − 1): the delta method with sample (K − 1) moments, as a ratio
 * metric on cluster totals computes it. O(1).
 */
export function clusterRobustMean(clusters, smallSample = false) {
    const sizes = clusters.denominator;
    if (sizes === undefined)
        throw new Error('cluster statistics need the cluster sizes as denominator');
    const rows = sizes.sum;
    const mean = clusters.sum / rows;
    const residualSquares = Math.max(0, clusters.sumSquares - 2 * mean * sizes.sumProduct + mean * mean * sizes.sumSquares);
    const k = clusters.n;
    const correction = smallSample && k > 1 ? k / (k - 1) : 1;
    return { mean, variance: (correction * residualSquares) / (rows * rows), rows };
}
//# sourceMappingURL=clusterRobustMean.js.map