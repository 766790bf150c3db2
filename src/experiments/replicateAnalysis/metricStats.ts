import type { ClusterTotals, MetricStats } from '../../stats/index.js';
import { METRICS, type MetricName } from '../schema/metrics.js';
import { sumIndex, variableIndex } from '../world/ViewerSums.js';

const ONE = 0;

/**
 * A metric's per-viewer sufficient statistics from a group's sums of products (`ViewerSums`):
 * n, Σx, Σx² of the numerator; for a ratio metric the denominator's Σd, Σd², Σxd; with
 * `withCovariate` (proportions and means) the CUPED covariate's Σz, Σz², Σxz. O(1).
 */
export function metricStats(sums: readonly number[], metric: MetricName, withCovariate = false): MetricStats {
  const definition = METRICS[metric];
  const x = variableIndex(definition.numerator);
  const s = (i: number, j: number) => sums[sumIndex(i, j)];
  const base = { n: s(ONE, ONE), sum: s(ONE, x), sumSquares: s(x, x) };
  if (definition.kind === 'ratio') {
    const d = variableIndex(definition.denominator);
    return { ...base, denominator: { sum: s(ONE, d), sumSquares: s(d, d), sumProduct: s(x, d) } };
  }
  if (!withCovariate) return base;
  const z = variableIndex('covariate');
  return { ...base, covariate: { sum: s(ONE, z), sumSquares: s(z, z), sumProduct: s(x, z) } };
}

/**
 * A cluster's (session's or time block's) totals of a metric for the cluster-level analysis:
 * n = Σ denominator (viewers for a per-viewer metric, orders or minutes for a ratio), sum = Σx,
 * sumSquares = Σx² over its viewers. The per-row mean ΣS_c / Σn_c is then the metric itself.
 */
export function clusterTotals(sums: readonly number[], metric: MetricName): ClusterTotals {
  const definition = METRICS[metric];
  const x = variableIndex(definition.numerator);
  const d = variableIndex(definition.denominator);
  return { n: sums[sumIndex(ONE, d)], sum: sums[sumIndex(ONE, x)], sumSquares: sums[sumIndex(x, x)] };
}

/** The metric's value over a group: Σx / Σd (NaN when the denominator is 0). */
export function metricValue(sums: readonly number[], metric: MetricName): number {
  const totals = clusterTotals(sums, metric);
  return totals.n > 0 ? totals.sum / totals.n : NaN;
}
