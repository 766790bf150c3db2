import type { ClusterTotals, MetricStats } from '../../stats/index.js';
import { METRICS, type MetricName } from '../schema/metrics.js';
import { regressionSumsFromMoments } from '../../stats/regression/regressionSumsFromMoments.js';
import { hasPowerSums, powerSums, rawProduct, rawSum, shiftOf, sumIndex, variableIndex } from '../world/ViewerSums.js';

const ONE = 0;

/**
 * A metric's per-viewer sufficient statistics from a group's sums of products (`ViewerSums`):
 * n, Σx, Σx² of the numerator; for a ratio metric the denominator's Σd, Σd², Σxd; with
 * `withCovariate` (proportions and means) the CUPED covariate's Σz, Σz², Σxz. O(1).
 *
 * A mean keeps the group's shifts (`MetricStats.shift`, and the covariate's), as the CSV pass
 * does; a proportion's and a ratio's sums are raw (Σx / Σd needs them; exact for 0/1 and counts).
 * With the covariate, a mean or proportion also carries its regression sums (from the group's
 * fourth-order power sums, around its shifts), so CUPED is the pooled-slope regression with HC1
 * standard errors, as for a CSV; the arms compared must share their shifts (`withShiftsOf`).
 */
export function metricStats(sums: readonly number[], metric: MetricName, withCovariate = false): MetricStats {
  const definition = METRICS[metric];
  const x = variableIndex(definition.numerator);
  const n = sums[sumIndex(ONE, ONE)];
  if (definition.kind === 'ratio') {
    const d = variableIndex(definition.denominator);
    return { n, sum: rawSum(sums, x), sumSquares: rawProduct(sums, x, x), denominator: { sum: rawSum(sums, d), sumSquares: rawProduct(sums, d, d), sumProduct: rawProduct(sums, x, d) } };
  }
  const z = variableIndex('covariate');
  if (definition.kind === 'proportion') {
    const base = { n, sum: rawSum(sums, x), sumSquares: rawProduct(sums, x, x) };
    if (!withCovariate) return base;
    return { ...base, covariate: { sum: rawSum(sums, z), sumSquares: rawProduct(sums, z, z), sumProduct: rawProduct(sums, x, z) }, ...regressionOf(sums, x) };
  }
  const s = (i: number, j: number) => sums[sumIndex(i, j)];
  const shift = shiftOf(sums, x);
  const base = { n, sum: s(ONE, x), sumSquares: s(x, x), ...(shift !== 0 ? { shift } : {}) };
  if (!withCovariate) return base;
  const covariateShift = shiftOf(sums, z);
  return {
    ...base,
    covariate: { sum: s(ONE, z), sumSquares: s(z, z), sumProduct: s(x, z), ...(covariateShift !== 0 ? { shift: covariateShift } : {}) },
    ...regressionOf(sums, x),
  };
}

/** The regression sums of variable x with the covariate, when the group recorded its power sums. */
function regressionOf(sums: readonly number[], x: number): Pick<MetricStats, 'regression'> {
  return hasPowerSums(sums) ? { regression: regressionSumsFromMoments({ power: powerSums(sums, x) }) } : {};
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
  return { n: rawSum(sums, d), sum: rawSum(sums, x), sumSquares: rawProduct(sums, x, x) };
}

/** The metric's value over a group: Σx / Σd (NaN when the denominator is 0). */
export function metricValue(sums: readonly number[], metric: MetricName): number {
  const totals = clusterTotals(sums, metric);
  return totals.n > 0 ? totals.sum / totals.n : NaN;
}
