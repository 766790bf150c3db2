import { addCluster, EMPTY_CLUSTER_ARM, type ClusterArmStats, type MetricStats } from '../../stats/index.js';
import type { MetricName } from '../schema/metrics.js';
import type { ObservedCell } from '../world/ExperimentPayload.js';
import { addSums, withShiftsOf } from '../world/ViewerSums.js';
import type { ArmGroup } from './contrasts.js';
import { clusterTotals, metricStats } from './metricStats.js';

/** The observed cells of a group of arms, up to and including session `lastSession`. */
export function groupCells(cells: readonly ObservedCell[], group: ArmGroup, lastSession = Infinity): ObservedCell[] {
  return cells.filter((cell) => cell.session <= lastSession && group.includes(cell.arm));
}

/**
 * Per-viewer statistics of a metric over the cells of a control and a treatment group (all their
 * viewers pooled), around the control's shifts in both (regression sums need the same shifts).
 */
export function pooledStats(control: readonly ObservedCell[], treatment: readonly ObservedCell[], metric: MetricName, withCovariate: boolean): [MetricStats, MetricStats] {
  const controlSums = addSums(control.map((cell) => cell.sums));
  const treatmentSums = withShiftsOf(addSums(treatment.map((cell) => cell.sums)), controlSums);
  return [metricStats(controlSums, metric, withCovariate), metricStats(treatmentSums, metric, withCovariate)];
}

/**
 * Cluster-level statistics of a metric: each cell (a session of the session unit, a time block of
 * a switchback) is one cluster. Cells without any unit of the metric's denominator are skipped,
 * as a real analysis has no row for them.
 */
export function clusterStats(cells: readonly ObservedCell[], metric: MetricName): ClusterArmStats {
  let arm = EMPTY_CLUSTER_ARM;
  for (const cell of cells) {
    const totals = clusterTotals(cell.sums, metric);
    if (totals.n > 0) arm = addCluster(arm, totals);
  }
  return arm;
}
