import { NumericColumn } from '../../io/csv/NumericColumn.js';
import type { CsvInputPlan, CsvMetricPlan } from './csvPlan.js';
import { regressionLayout, type MetricColumns } from './metricSums.js';
import type { RowSlots } from './CsvPass.js';

/** Where every column of a plan sits: the names to read, their slots, and the metrics' columns. */
export interface CsvLayout {
  /** Distinct column names to read, slot i = names[i]. */
  readonly names: string[];
  readonly slots: RowSlots;
  /** Distinct numeric column names, index c = numericNames[c]. */
  readonly numericNames: string[];
  /** Per metric, indices into numericNames (caps start at Infinity). */
  readonly metricColumns: MetricColumns;
}

/** Resolve a plan's column names into slots and numeric-column indices (each column read once). */
export function csvLayout(plan: CsvInputPlan): CsvLayout {
  const names: string[] = [];
  const slotOf = (name: string | undefined): number => {
    if (name === undefined) return -1;
    const index = names.indexOf(name);
    return index >= 0 ? index : names.push(name) - 1;
  };
  const numericNames: string[] = [];
  const numericOf = (name: string | undefined): number => {
    if (name === undefined) return -1;
    const index = numericNames.indexOf(name);
    return index >= 0 ? index : numericNames.push(name) - 1;
  };
  const variant = slotOf(plan.variantColumn);
  const unit = slotOf(plan.unitColumn);
  const cluster = slotOf(plan.clusterColumn);
  const segment = slotOf(plan.segmentColumn);
  const date = slotOf(plan.dateColumn);
  const metrics = plan.metrics;
  const column = (pick: (index: number) => string | undefined) => Int32Array.from(metrics, (_, m) => numericOf(pick(m)));
  const metricColumns: MetricColumns = {
    value: column((m) => metrics[m].value),
    covariate: column((m) => metrics[m].covariate),
    denominator: column((m) => metrics[m].denominator),
    // A ratio's pre-period pairs feed its regression sums (a row missing them stays), not these.
    preNumerator: column(() => undefined),
    preDenominator: column(() => undefined),
    caps: new Float64Array(metrics.length).fill(Infinity),
    // A ratio's numerator is never shifted (Σx / Σd needs raw sums).
    shifts: Float64Array.from(metrics, (metric) => (metric.ratio ? 0 : NaN)),
    covariateShifts: new Float64Array(metrics.length).fill(NaN),
    regression: regressionLayout(
      metrics.map((metric) => Int32Array.from(metric.ratio ? ratioCovariatesOf(metric).flatMap((pre) => [pre.numerator, pre.denominator]) : (metric.covariates ?? (metric.covariate ? [metric.covariate] : [])), numericOf)),
      Uint8Array.from(metrics, (metric) => (metric.ratio ? 1 : 0)),
    ),
  };
  const numeric = Int32Array.from(numericNames, (name) => slotOf(name));
  return { names, slots: { variant, unit, cluster, segment, date, numeric }, numericNames, metricColumns };
}

/** A ratio metric's pre-period pairs (`--covariate NAME=NUM/DEN[,NUM/DEN…]`). */
function ratioCovariatesOf(metric: CsvMetricPlan): readonly { numerator: string; denominator: string }[] {
  return metric.ratioCovariates ?? (metric.ratioCovariate ? [metric.ratioCovariate] : []);
}

/** Fresh readers for the numeric columns (one set per pass: missing counts belong to the pass). */
export function numericColumns(file: string, layout: CsvLayout): NumericColumn[] {
  return layout.numericNames.map((name) => new NumericColumn(file, name));
}
