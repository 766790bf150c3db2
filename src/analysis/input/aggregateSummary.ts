import { InputError } from '../../io/inputError.js';
import type { SummaryArm, SummaryFile, SummaryMetric } from '../../io/summaryFile/summarySchema.js';
import { regressionSumsFromMoments, type CovariateMoments } from '../../stats/regression/regressionSumsFromMoments.js';
import type { MetricStats } from '../../stats/sufficientStats.js';
import { warning } from '../../stats/warnings.js';
import type { AggregatedData } from './AggregatedData.js';

/**
 * A validated summary file as {@link AggregatedData}: arms in the order of `variants`, a
 * proportion's missing Σx² filled with Σx (x² = x for 0/1 values). Covariate sums must be on
 * every arm of a metric or on none (CUPED then runs for that metric). With `covariateMoments` on
 * every arm too (around the same shifts in every arm) CUPED is the pooled-slope regression with
 * HC1 standard errors, as from a CSV; without them it falls back to the classical CUPED variance
 * with the warning CUPED_CLASSICAL_VARIANCE (accepted rather than refused: it is the estimator
 * such files always got, consistent, and within O(1/n) of HC1). `metrics` (from --metric)
 * keeps only the named metrics, in that order.
 */
export function aggregateSummary(summary: SummaryFile, file: string, format: 'summary-json' | 'summary-csv', metrics: readonly string[] = []): AggregatedData {
  const unknown = metrics.filter((name) => !summary.metrics.some((metric) => metric.name === name));
  if (unknown.length > 0) {
    const available = summary.metrics.map((metric) => metric.name).join(', ');
    throw new InputError(unknown.map((name) => ({ file, path: '--metric', message: `no metric "${name}" in the summary; it has ${available}` })));
  }
  const chosen = metrics.length === 0 ? summary.metrics : metrics.map((name) => summary.metrics.find((metric) => metric.name === name)!);
  const variants = summary.variants.map((variant) => variant.name);
  const classical: string[] = [];
  return {
    input: { file, format },
    variants,
    units: summary.variants.map((variant) => variant.units),
    unitsCounted: 'summary',
    control: summary.control,
    metrics: chosen.map((metric) => {
      const m = summary.metrics.indexOf(metric);
      const withCovariate = metric.variants.filter((arm) => arm.covariate !== undefined).length;
      if (withCovariate > 0 && withCovariate < metric.variants.length) {
        throw new InputError({ file, path: `metrics[${m}].variants`, message: 'covariate sums must be given for every arm or for none' });
      }
      const withMoments = checkedMoments(metric, m, file);
      if (withCovariate > 0 && !withMoments) classical.push(metric.name);
      const arms = variants.map((name): MetricStats => {
        const arm = metric.variants.find((candidate) => candidate.name === name)!;
        return {
          n: arm.n,
          sum: arm.sum,
          sumSquares: arm.sumSquares ?? arm.sum,
          ...(arm.shift !== undefined ? { shift: arm.shift } : {}),
          ...(arm.covariate ? { covariate: arm.covariate } : {}),
          ...(arm.denominator ? { denominator: arm.denominator } : {}),
          ...(withMoments ? { regression: regressionSumsFromMoments(covariateMoments(arm)) } : {}),
        };
      });
      return { name: metric.name, kind: metric.kind, arms };
    }),
    segments: [],
    dataQuality: {
      rows: summary.variants.reduce((sum, variant) => sum + variant.units, 0),
      duplicateUnits: 0,
      multiVariantUnits: 0,
      droppedRows: 0,
      warnings: classical.length > 0 ? [{ ...warning('CUPED_CLASSICAL_VARIANCE', classical.join(', ')), count: classical.length }] : [],
      rowsWithoutVariant: 0,
      unknownVariants: [],
      rowsDroppedByUnitPolicy: 0,
      multiVariantPolicy: 'report',
      missingValues: {},
      passes: 0,
    },
  };
}

/**
 * Whether a metric's arms carry `covariateMoments` (then on every arm, with the same shifts of x
 * and of the covariate in every arm, and no more units missing the covariate than units):
 * the regression is fitted across arms, so its sums must share their shifts.
 */
function checkedMoments(metric: SummaryMetric, m: number, file: string): boolean {
  const given = metric.variants.filter((arm) => arm.covariateMoments !== undefined);
  if (given.length === 0) return false;
  const at = (a: number, field: string) => `metrics[${m}].variants[${a}].${field}`;
  if (given.length < metric.variants.length) throw new InputError({ file, path: `metrics[${m}].variants`, message: 'covariateMoments must be given for every arm or for none' });
  const [first] = metric.variants;
  metric.variants.forEach((arm, a) => {
    if ((arm.shift ?? 0) !== (first.shift ?? 0)) throw new InputError({ file, path: at(a, 'shift'), message: `with covariateMoments every arm sums around the same shift (${first.shift ?? 0} in the first arm)` });
    if ((arm.covariate?.shift ?? 0) !== (first.covariate?.shift ?? 0)) {
      throw new InputError({ file, path: at(a, 'covariate.shift'), message: `with covariateMoments every arm sums around the same covariate shift (${first.covariate?.shift ?? 0} in the first arm)` });
    }
    const missing = arm.covariateMoments!.missing;
    if (missing && missing.n > arm.n) throw new InputError({ file, path: at(a, 'covariateMoments.missing.n'), message: `${missing.n} units without a covariate value, but n is ${arm.n}` });
  });
  return true;
}

/** The power sums of an arm with covariateMoments (a proportion's Σx² defaults to Σx). */
function covariateMoments(arm: SummaryArm): CovariateMoments {
  const c = arm.covariate!;
  const h = arm.covariateMoments!;
  return {
    power: [[arm.n, c.sum, c.sumSquares, h.z3, h.z4], [arm.sum, c.sumProduct, h.xz2, h.xz3], [arm.sumSquares ?? arm.sum, h.x2z, h.x2z2], [h.x3, h.x3z], [h.x4]],
    ...(h.missing ? { missing: [h.missing.n, h.missing.x, h.missing.x2, h.missing.x3] } : {}),
  };
}
