export { addCluster, addClusterArms, clusterArmStats, EMPTY_CLUSTER_ARM, type ClusterArmStats, type ClusterTotals } from './clusterArmStats.js';
export { clusterRobustMean } from './clusterRobustMean.js';
export { clusterComparison, clusterReference, FEW_CLUSTERS_LIMIT, type ClusterComparison, type ClusterComparisonOptions } from './clusterComparison.js';
