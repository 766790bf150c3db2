export { addCluster, addClusterArms, clusterArmStats, EMPTY_CLUSTER_ARM } from './clusterArmStats.js';
export { clusterRobustMean } from './clusterRobustMean.js';
export { clusterComparison, clusterReference, FEW_CLUSTERS_LIMIT } from './clusterComparison.js';
//# sourceMappingURL=index.js.map