import { addStats, EMPTY_STATS, type MetricStats } from '../sufficientStats.js';

/** Totals of one cluster (a session, a store, a day): its rows' count, Σx and Σx². */
export interface ClusterTotals {
  /** Number of analysis rows (units) in the cluster. */
  readonly n: number;
  readonly sum: number;
  readonly sumSquares: number;
}

/**
 * Sufficient statistics of one arm of a cluster-randomized experiment, immutable and addable.
 *
 * `clusters` treats each cluster as one observation of the ratio metric S_c / n_c: n = number of
 * clusters K, sum = ΣS_c, sumSquares = ΣS_c², denominator = { Σn_c, Σn_c², ΣS_c·n_c } — the same
 * MetricStats a ratio metric uses, so a SQL `GROUP BY cluster` feeds it directly. `rows` holds the
 * row-level n, Σx, Σx² for the naive (row-independent) comparison.
 */
export interface ClusterArmStats {
  readonly clusters: MetricStats;
  readonly rows: MetricStats;
}

export const EMPTY_CLUSTER_ARM: ClusterArmStats = Object.freeze({
  clusters: { n: 0, sum: 0, sumSquares: 0, denominator: { sum: 0, sumSquares: 0, sumProduct: 0 } },
  rows: EMPTY_STATS,
});

/** Add one cluster's totals to an arm (the streaming step: one call per cluster). O(1). */
export function addCluster(arm: ClusterArmStats, cluster: ClusterTotals): ClusterArmStats {
  if (!(cluster.n >= 0)) throw new RangeError(`cluster size must be non-negative, got ${cluster.n}`);
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
export function clusterArmStats(clusters: Iterable<ClusterTotals>): ClusterArmStats {
  let arm = EMPTY_CLUSTER_ARM;
  for (const cluster of clusters) arm = addCluster(arm, cluster);
  return arm;
}

/** Statistics of an arm split over several sources (days, files, workers) are the sums of the parts. */
export function addClusterArms(a: ClusterArmStats, b: ClusterArmStats): ClusterArmStats {
  return { clusters: addStats(a.clusters, b.clusters), rows: addStats(a.rows, b.rows) };
}
