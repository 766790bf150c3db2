import { ByteInterner } from '../../io/csv/ByteInterner.js';
import type { CsvRow } from '../../io/csv/CsvRow.js';
import { streamCsv } from '../../io/csv/streamCsv.js';
import { InputError } from '../../io/inputError.js';
import { quantileSorted } from '../../stats/robust/index.js';
import type { AggregatedData } from './AggregatedData.js';
import type { CsvInputPlan } from './csvPlan.js';
import { csvLayout, numericColumns, type CsvLayout } from './csvLayout.js';
import { ArmValueCollector } from './ArmValueCollector.js';
import { CsvPass, type PassMode } from './CsvPass.js';
import { finishCsvAggregation } from './finishCsvAggregation.js';
import { UnitTracker } from './UnitTracker.js';

/** More distinct values than this in the variant column means it is not a variant column. */
export const MAX_VARIANTS = 1000; // well under UnitTracker's MAX_TRACKED_VARIANTS
export const MAX_SEGMENTS = 10000;

/**
 * Aggregate a per-unit CSV into per-variant sufficient statistics, streaming.
 *
 *   pass 1: label rows → track units (--unit) → parse numeric columns → add to cells
 *           (or, for --cap pNN, collect the capped columns' values instead)
 *   pass 2: only when --multi-variant exclude found such units (they are known only at the end),
 *           or to compute a percentile cap: exact pooled percentile of the collected values
 *   last:   aggregate with the caps and the final unit decisions
 *
 * One pass in the common case. Memory is flat in rows except: unit ids (16–32 bytes per distinct
 * unit, --unit), cluster totals (--cluster), and for a percentile cap 8 bytes per value of each
 * capped column during the collecting pass (sorted in place; exact, numpy's linear percentile).
 */
export function aggregateCsv(plan: CsvInputPlan): AggregatedData {
  const layout = csvLayout(plan);
  const variants = new ByteInterner(MAX_VARIANTS, tooMany(plan.file, plan.variantColumn, 'a variant column', MAX_VARIANTS));
  const segments = new ByteInterner(MAX_SEGMENTS, tooMany(plan.file, plan.segmentColumn ?? '', 'a segment column', MAX_SEGMENTS));
  const knownNames = plan.knownVariants === undefined ? undefined : new Set(plan.knownVariants);
  const known = knownNames === undefined ? undefined : (id: number) => knownNames.has(variants.names[id]);
  const units = plan.unitColumn === undefined ? undefined : new UnitTracker(plan.multiVariant);
  const percentileCap = plan.cap !== undefined && typeof plan.cap !== 'number';
  if (typeof plan.cap === 'number') cappedMetrics(plan).forEach((m) => (layout.metricColumns.caps[m] = plan.cap as number));
  const quantileColumns = (plan.quantileMetrics ?? []).map((name) => layout.metricColumns.value[plan.metrics.findIndex((metric) => metric.name === name)]);
  let passes = 0;
  const run = (mode: PassMode): CsvPass => {
    passes++;
    const collect = cappedMetrics(plan).map((m) => layout.metricColumns.value[m]);
    const pass = new CsvPass(mode, layout.slots, numericColumns(plan.file, layout), layout.metricColumns, collect, variants, segments, known && memo(known), units, plan.dateColumn);
    if (quantileColumns.length > 0 && !mode.endsWith('collect')) pass.armValues = new ArmValueCollector(quantileColumns, plan.file);
    const { rows } = streamCsv(plan.file, layout.names, pass.onRow, { bufferSize: plan.bufferSize });
    if (rows === 0) throw new InputError({ file: plan.file, message: 'the file has a header but no data rows' });
    return pass;
  };
  let pass = run(percentileCap ? 'track-and-collect' : 'track-and-aggregate');
  if (units !== undefined && units.policy === 'exclude' && units.multiVariantUnits > 0) pass = run(percentileCap ? 'collect' : 'aggregate');
  if (percentileCap) {
    setPercentileCaps(plan, layout, pass);
    pass = run('aggregate');
  }
  if (uncapBinaryColumns(plan, layout, pass)) pass = run('aggregate');
  const data = finishCsvAggregation(plan, layout, pass, { variants, segments, units, passes });
  return pass.armValues === undefined ? data : { ...data, armValues: armValuesOf(plan, pass.armValues, data.variants, variants.names) };
}

/** The collected `--quantile` values per asked metric, arms in the data's variant order. */
function armValuesOf(plan: CsvInputPlan, collector: ArmValueCollector, order: readonly string[], seen: readonly string[]): AggregatedData['armValues'] {
  return (plan.quantileMetrics ?? []).map((metric, k) => ({ metric, arms: order.map((name) => collector.values(k, seen.indexOf(name))) }));
}

/** Metrics a cap applies to: all but proportions, which are known only after a pass (see uncap). */
function cappedMetrics(plan: CsvInputPlan): number[] {
  return plan.cap === undefined ? [] : plan.metrics.map((_, m) => m);
}

function setPercentileCaps(plan: CsvInputPlan, layout: CsvLayout, pass: CsvPass): void {
  const percentile = (plan.cap as { percentile: number }).percentile;
  for (const m of cappedMetrics(plan)) {
    const c = layout.metricColumns.value[m];
    const count = pass.collectedCount[c];
    if (pass.columns[c].binary || count === 0) continue;
    const sorted = pass.collected[c].subarray(0, count).sort();
    layout.metricColumns.caps[m] = quantileSorted(sorted, percentile / 100);
  }
}

/** A 0/1 column is a conversion and is never capped: lift any cap that lowered one; rerun if needed. */
function uncapBinaryColumns(plan: CsvInputPlan, layout: CsvLayout, pass: CsvPass): boolean {
  let rerun = false;
  for (const m of cappedMetrics(plan)) {
    const column = pass.columns[layout.metricColumns.value[m]];
    if (!column.binary || layout.metricColumns.caps[m] === Infinity) continue;
    layout.metricColumns.caps[m] = Infinity;
    if (pass.capped[m] > 0) rerun = true;
  }
  return rerun;
}

/** Cache a per-id predicate in a typed array (the hot loop calls it for every row). */
function memo(predicate: (id: number) => boolean): (id: number) => boolean {
  const cache = new Uint8Array(MAX_VARIANTS); // 0: not asked yet, 1: true, 2: false
  return (id) => {
    if (cache[id] === 0) cache[id] = predicate(id) ? 1 : 2;
    return cache[id] === 1;
  };
}

function tooMany(file: string, column: string, role: string, limit: number) {
  return (row: CsvRow): never => {
    throw new InputError({ file, path: column, row: row.number, message: `more than ${limit} distinct values: is this really ${role}?` });
  };
}
