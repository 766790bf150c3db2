import { addStats, EMPTY_STATS } from '../sufficientStats.js';
export const EMPTY_CLUSTER_ARM = Object.freeze({
    clusters: { n: 0, sum: 0, sumSquares: 0, denominator: { sum: 0, sumSquares: 0, sumProduct: 0 } },
    rows: EMPTY_STATS,
});
/** Add one cluster's totals to an arm (the streaming step: one call per cluster). O(1). */
export function addCluster(arm, cluster) {
    if (!(cluster.n >= 0))
        throw new RangeError(`cluster size must be non-negative, got ${cluster.n}`);
    return {
        clusters: addStats(arm.clusters, {
            n: 1,
            sum: cluster.sum,
            sumSquares: cluster.sum * cluster.sum,
            denominator: { sum: cluster.n, sumSquares: cluster.n * cluster.n, sumProduct: cluster.sum * cluster.n },
        }),
        rows: addStats(arm.rows, { n: cluster.n, sum: cluster.sum, sumSquares: cluster.sumSquares }),
    };
}
/** Statistics of one arm from its clusters' totals. O(clusters). */
export function clusterArmStats(clusters) {
    let arm = EMPTY_CLUSTER_ARM;
    for (const cluster of clusters)
        arm = addCluster(arm, cluster);
    return arm;
}
/** Statistics of an arm split over several sources (days, files, workers) are the sums of the parts. */
export function addClusterArms(a, b) {
    return { clusters: addStats(a.clusters, b.clusters), rows: addStats(a.rows, b.rows) };
}
//# sourceMappingURL=clusterArmStats.js.map