import type { AnalyzeOptions } from '../../analysis/analyzeOptions.js';
import { compareVariant, type ComparisonDraft } from '../../analysis/compareVariant.js';
import type { AggregatedMetric } from '../../analysis/input/AggregatedData.js';
import { METRICS, type MetricName } from '../schema/metrics.js';
import type { ObservedCell } from '../world/ExperimentPayload.js';
import type { ArmGroup } from './contrasts.js';
import { clusterStats, groupCells, pooledStats } from './groupStats.js';

/** How a replicate's cells are analyzed. */
export interface GroupAnalysis {
  /** Session and switchback units: each cell is a cluster (cluster-robust analysis). */
  readonly clustered: boolean;
  /** Add the CUPED covariate sums (viewer unit, proportion and mean metrics). */
  readonly cuped: boolean;
  readonly options: AnalyzeOptions;
}

/**
 * Compare two groups of arms on one metric with `livelift analyze`'s own per-metric comparison
 * (`compareVariant`): the simulated test is analyzed exactly as its export would be —
 * Welch / z / delta ratio per viewer, CUPED when a covariate is set (the pooled-slope regression with
 * HC1 standard errors, from the groups' fourth-order sums), cluster-robust (with the
 * naive per-viewer result beside it) when sessions or time blocks are the units, sequential and
 * Bayesian when asked.
 */
export function compareGroups(
  cells: readonly ObservedCell[],
  control: ArmGroup,
  treatment: ArmGroup,
  metric: MetricName,
  analysis: GroupAnalysis,
  lastSession = Infinity,
): ComparisonDraft {
  const kind = METRICS[metric].kind;
  const controlCells = groupCells(cells, control, lastSession);
  const treatmentCells = groupCells(cells, treatment, lastSession);
  const withCovariate = analysis.cuped && kind !== 'ratio';
  const aggregated: AggregatedMetric = {
    name: metric,
    kind,
    arms: pooledStats(controlCells, treatmentCells, metric, withCovariate),
    ...(analysis.clustered ? { clusterArms: [clusterStats(controlCells, metric), clusterStats(treatmentCells, metric)] } : {}),
  };
  return compareVariant(aggregated, 0, 1, ['control', 'treatment'], analysis.options);
}
