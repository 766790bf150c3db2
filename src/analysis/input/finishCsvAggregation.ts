import type { ByteInterner } from '../../io/csv/ByteInterner.js';
import { InputError } from '../../io/inputError.js';
import { EMPTY_CLUSTER_ARM } from '../../stats/cluster/index.js';
import type { MetricKind } from '../../stats/types.js';
import type { AggregatedData, AggregatedMetric, AggregatedOverTime, DataQuality } from './AggregatedData.js';
import { dayText } from './dayNumber.js';
import type { CsvInputPlan } from './csvPlan.js';
import type { CsvLayout } from './csvLayout.js';
import type { CsvPass } from './CsvPass.js';
import { dataQualityWarnings } from './dataQualityWarnings.js';
import { byCodePoint } from '../resolveVariants.js';
import { cellStats } from './metricSums.js';
import { unshifted, type MetricStats } from '../../stats/sufficientStats.js';
import type { RegressionSums } from '../../stats/regression/regressionSums.js';
import type { UnitTracker } from './UnitTracker.js';

/**
 * One arm's statistics as the engine takes them: raw sums for a proportion (0/1 values: exact),
 * shifted sums for a mean. Sums that overflow double precision (a spread near 1e154 or more) are
 * an input error naming the column, not a stack trace.
 */
function armStats(stats: MetricStats, kind: MetricKind, plan: CsvInputPlan, column: string): MetricStats {
  const sums = [stats.sum, stats.sumSquares, ...(stats.covariate ? [stats.covariate.sum, stats.covariate.sumSquares, stats.covariate.sumProduct] : []), ...(stats.denominator ? [stats.denominator.sum, stats.denominator.sumSquares, stats.denominator.sumProduct] : [])];
  if (!sums.every(Number.isFinite) || !(stats.regression?.fourth.every(Number.isFinite) ?? true)) {
    throw new InputError({ file: plan.file, path: column, message: 'the sums of squares of this column (or of its covariate or denominator) overflow double precision: values spread over more than about 1e154 (1e77 with covariates, whose regression needs fourth powers); rescale the column (for example to thousands)' });
  }
  return kind === 'proportion' ? unshifted(stats) : stats;
}

/** With --cluster, CUPED's regression sums are the cluster-level ones (each cluster one unit). */
function withClusterRegression(stats: MetricStats, clustered: RegressionSums | undefined): MetricStats {
  return clustered && stats.regression ? { ...stats, regression: clustered } : stats;
}

export interface CsvPassState {
  readonly variants: ByteInterner;
  readonly segments: ByteInterner;
  readonly units: UnitTracker | undefined;
  readonly passes: number;
}

/**
 * Turn the last pass's sums into {@link AggregatedData}: decide each metric's kind, list the
 * variants (those named by `--weights`, else every variant seen) and the segments (sorted by
 * name), count units, and check that at least two variants have rows (a single arm is an
 * InputError).
 */
export function finishCsvAggregation(plan: CsvInputPlan, layout: CsvLayout, pass: CsvPass, state: CsvPassState): AggregatedData {
  for (const column of pass.columns) column.checkConsistent();
  const seen = state.variants.names;
  const variants = plan.knownVariants ?? seen;
  const ids = variants.map((name) => seen.indexOf(name));
  const rows = (segment: number) => ids.map((id) => (id < 0 ? 0 : pass.keptRows(segment, id)));
  const overallRows = rows(-1);
  const withRows = variants.filter((_, v) => overallRows[v] > 0);
  if (withRows.length < 2) {
    const found = withRows.length === 0 ? 'no variant has rows' : `only variant "${withRows[0]}" has rows`;
    throw new InputError({ file: plan.file, path: plan.variantColumn, message: `${found}; an experiment needs at least two` });
  }
  const segmentNames = state.segments.names;
  const clusterArms = pass.clusters?.armStats(segmentNames.length, seen.length);
  const clusterCounts = pass.clusters?.clusterCounts(segmentNames.length, seen.length);
  const clusterRegression = pass.clusters?.regressionSums(segmentNames.length, seen.length);
  const pick = <T>(byId: T[] | undefined, fallback: T): T[] => ids.map((id) => (id < 0 || byId === undefined ? fallback : (byId[id] ?? fallback)));
  const kinds = plan.metrics.map((metric, m): MetricKind => (metric.ratio ? 'ratio' : pass.columns[layout.metricColumns.value[m]].binary ? 'proportion' : 'mean'));
  const metricsOf = (segment: number, cells: (Float64Array | undefined)[] | undefined = pass.cells[segment + 1]): AggregatedMetric[] =>
    plan.metrics.map((metric, m) => ({
      name: metric.name,
      kind: kinds[m],
      arms: ids.map((id) => armStats(withClusterRegression(cellStats(id < 0 ? undefined : cells?.[id], m, layout.metricColumns), clusterRegression?.[segment + 1][id]?.[m]), kinds[m], plan, metric.value)),
      ...(clusterArms ? { clusterArms: pick(clusterArms[segment + 1].map((arms) => arms[m]), EMPTY_CLUSTER_ARM) } : {}),
      columns: { value: metric.value, denominator: metric.denominator, covariate: metric.covariate ?? ratioCovariateName(metric.ratioCovariate) },
      ...(segment < 0 && isFinite(layout.metricColumns.caps[m]) && kinds[m] !== 'proportion'
        ? { cap: { threshold: layout.metricColumns.caps[m], cappedValues: pass.capped[m] } }
        : {}),
    }));
  const unitsOf = (segment: number): number[] =>
    clusterCounts ? pick(clusterCounts[segment + 1], 0) : segment < 0 && state.units ? pick(state.units.unitsPerVariant(seen.length), 0) : segment < 0 ? overallRows : rows(segment);
  const metrics = metricsOf(-1);
  const dataQuality = csvDataQuality(plan, pass, state, variants, metrics);
  return {
    input: { file: plan.file, format: 'csv' },
    variants,
    units: unitsOf(-1),
    unitsCounted: clusterCounts ? 'clusters' : state.units ? 'units' : 'rows',
    metrics,
    // Segments in code-point order of their names, so the result does not depend on row order.
    segments: segmentOrder(segmentNames).map((s) => ({ name: segmentNames[s], units: unitsOf(s), metrics: metricsOf(s) })),
    dataQuality,
    ...(plan.dateColumn !== undefined ? { overTime: overTime(plan.dateColumn, pass, ids, metrics, overallRows, (cells) => metricsOf(-1, cells).map(({ cap: _cap, ...metric }) => metric)) } : {}),
  };
}

/**
 * Running sums of the per-day cells, day by day in calendar order: the cumulative statistics at
 * the end of each day. The last day is the overall aggregate itself (the same rows; taking its
 * sums rather than the running ones makes the last look equal the whole-data analysis exactly,
 * not only to rounding).
 */
function overTime(column: string, pass: CsvPass, ids: number[], overall: AggregatedMetric[], overallRows: number[], metricsOf: (cells: Float64Array[]) => AggregatedMetric[]): AggregatedOverTime {
  const days = [...pass.dayCells.keys()].sort((a, b) => a - b);
  const running: Float64Array[] = [];
  return {
    column,
    unitsCounted: 'rows',
    days: days.map((day, d) => {
      pass.dayCells.get(day)!.forEach((cell, id) => {
        const sum = running[id] ?? (running[id] = new Float64Array(cell.length));
        for (let i = 0; i < cell.length; i++) sum[i] += cell[i];
      });
      const last = d === days.length - 1;
      return {
        day: dayText(day),
        units: last ? overallRows : ids.map((id) => (id < 0 ? 0 : (running[id]?.[running[id].length - 1] ?? 0))),
        metrics: last ? overall : metricsOf(running),
      };
    }),
  };
}

function segmentOrder(names: readonly string[]): number[] {
  return names.map((_, s) => s).sort((a, b) => byCodePoint(names[a], names[b]));
}

function ratioCovariateName(pre: { numerator: string; denominator: string } | undefined): string | undefined {
  return pre === undefined ? undefined : `${pre.numerator}/${pre.denominator}`;
}

function csvDataQuality(plan: CsvInputPlan, pass: CsvPass, state: CsvPassState, variants: readonly string[], metrics: AggregatedMetric[]): DataQuality {
  const seen = state.variants.names;
  const unknownVariants = seen.map((name, id) => ({ name, rows: pass.unknownRows[id] ?? 0 })).filter((variant) => variant.rows > 0 && !variants.includes(variant.name));
  const unknownRows = unknownVariants.reduce((sum, variant) => sum + variant.rows, 0);
  const missingValues = Object.fromEntries(pass.columns.filter((column) => column.missing > 0).map((column) => [column.name, column.missing]));
  const clusters = pass.clusters;
  const base = {
    rows: pass.rows,
    duplicateUnits: state.units?.duplicateUnits ?? 0,
    multiVariantUnits: state.units?.multiVariantUnits ?? 0,
    droppedRows: pass.rowsWithoutVariant + unknownRows + pass.rowsOfUnitPolicy,
    rowsWithoutVariant: pass.rowsWithoutVariant,
    unknownVariants,
    rowsDroppedByUnitPolicy: pass.rowsOfUnitPolicy,
    multiVariantPolicy: plan.multiVariant,
    missingValues,
    ...(state.units ? { distinctUnits: state.units.units } : {}),
    ...(clusters
      ? { clusters: { count: clusters.count, inSeveralVariants: clusters.clustersInSeveralVariants, rowsOutsideClusterVariant: clusters.rowsOutsideClusterVariant } }
      : {}),
    passes: state.passes,
    ...(state.units || clusters ? { idMemoryBytes: (state.units?.memoryBytes ?? 0) + (clusters?.memoryBytes ?? 0) } : {}),
  };
  return { ...base, warnings: dataQualityWarnings(base, metrics) };
}
