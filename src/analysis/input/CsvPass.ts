import type { ByteInterner } from '../../io/csv/ByteInterner.js';
import type { CsvRow } from '../../io/csv/CsvRow.js';
import type { NumericColumn } from '../../io/csv/NumericColumn.js';
import { InputError } from '../../io/inputError.js';
import type { ArmValueCollector } from './ArmValueCollector.js';
import { ClusterAccumulator } from './ClusterAccumulator.js';
import { dayNumber } from './dayNumber.js';
import { addRowToCell, type MetricColumns } from './metricSums.js';
import type { UnitTracker } from './UnitTracker.js';

/** Slots of the columns in a row (see `streamCsv`); -1 when an option is not used. */
export interface RowSlots {
  readonly variant: number;
  readonly unit: number;
  readonly cluster: number;
  readonly segment: number;
  /** Slot of the `--date` column; -1 without it (optional: older callers leave it out). */
  readonly date?: number;
  /** Slot of each numeric column. */
  readonly numeric: Int32Array;
}

/** What a pass does with the rows it keeps. */
export type PassMode =
  /** First pass: record units (when `--unit`) and aggregate. */
  | 'track-and-aggregate'
  /** First pass of a percentile cap: record units and collect the capped columns' values. */
  | 'track-and-collect'
  /** Later passes: units are known; collect capped values or aggregate. */
  | 'collect'
  | 'aggregate';

/**
 * One streaming pass over the rows: label the row (variant, unit, segment, cluster), apply the
 * data-quality rules, parse the numeric columns and add the row to its cells. Long-lived state
 * (the variant and segment names, the unit table) is shared between passes; counts and sums
 * belong to the pass, so the last pass's figures are the ones reported.
 */
export class CsvPass {
  rows = 0;
  rowsWithoutVariant = 0;
  rowsOfUnitPolicy = 0;
  /** Rows per variant id that are not among the known variants (`--weights NAME=…`). */
  readonly unknownRows: number[] = [];
  /** Cells by [segment + 1][variant]: METRIC_STRIDE sums per metric, regression sums, then the rows kept. */
  readonly cells: Float64Array[][] = [[]];
  /** Per metric, values lowered by the cap (counted once per row, in the overall cell). */
  readonly capped: Float64Array;
  private readonly segmentCapped: Float64Array;
  readonly clusters: ClusterAccumulator | undefined;
  /** Per numeric column, the collected values (mode `collect`) and how many. */
  readonly collected: Float64Array[];
  readonly collectedCount: number[];
  /**
   * With `--date`: cells by day number, then variant (overall scope only), laid out as `cells`.
   * Memory: days × variants × (the cell length: METRIC_STRIDE × metrics + regression sums + 1) doubles, never per row.
   */
  readonly dayCells = new Map<number, Float64Array[]>();
  private readonly dayCapped: Float64Array;
  private readonly values: Float64Array;
  /** `--quantile`: keeps the asked metrics' values per arm (aggregating passes; set before streaming). */
  armValues: ArmValueCollector | undefined;

  constructor(
    readonly mode: PassMode,
    private readonly slots: RowSlots,
    readonly columns: readonly NumericColumn[],
    private readonly metricColumns: MetricColumns,
    /** Numeric columns whose values a `collect` pass keeps (those of capped metrics). */
    private readonly collectColumns: readonly number[],
    private readonly variants: ByteInterner,
    private readonly segments: ByteInterner,
    /** Whether a variant id is among those named by `--weights` (undefined: all are). */
    private readonly known: ((variant: number) => boolean) | undefined,
    private readonly units: UnitTracker | undefined,
    /** The `--date` column's name (for messages). */
    private readonly dateColumn?: string,
  ) {
    this.values = new Float64Array(columns.length);
    this.capped = new Float64Array(metricColumns.value.length);
    this.segmentCapped = new Float64Array(metricColumns.value.length);
    this.dayCapped = new Float64Array(metricColumns.value.length);
    this.clusters = slots.cluster >= 0 && !mode.endsWith('collect') ? new ClusterAccumulator(metricColumns) : undefined;
    this.collected = columns.map((_, c) => new Float64Array(collectColumns.includes(c) ? 1 << 16 : 0));
    this.collectedCount = columns.map(() => 0);
  }

  /** The sink for `streamCsv`. */
  readonly onRow = (row: CsvRow): void => {
    this.rows++;
    const { slots } = this;
    if (row.isEmpty(slots.variant)) {
      this.rowsWithoutVariant++;
      return;
    }
    const variant = this.variants.idOf(row, slots.variant);
    if (this.known !== undefined && !this.known(variant)) {
      this.unknownRows[variant] = (this.unknownRows[variant] ?? 0) + 1;
      return;
    }
    if (slots.unit >= 0 && !this.keepUnit(row, variant)) {
      this.rowsOfUnitPolicy++;
      return;
    }
    const { values, columns } = this;
    for (let c = 0; c < values.length; c++) values[c] = columns[c].read(row, slots.numeric[c]);
    if (this.mode === 'collect' || this.mode === 'track-and-collect') return this.collect(values);
    const segment = slots.segment >= 0 ? this.segments.idOf(row, slots.segment) : -1;
    addRowToCell(this.cell(-1, variant), values, this.metricColumns, this.capped);
    this.armValues?.add(row, variant, values);
    if (segment >= 0) addRowToCell(this.cell(segment, variant), values, this.metricColumns, this.segmentCapped);
    if (slots.date !== undefined && slots.date >= 0) addRowToCell(this.dayCell(row, variant), values, this.metricColumns, this.dayCapped);
    if (this.clusters !== undefined) {
      this.clusters.add(row, slots.cluster, variant, -1, values);
      if (segment >= 0) this.clusters.add(row, slots.cluster, variant, segment, values);
    }
  };

  private keepUnit(row: CsvRow, variant: number): boolean {
    const units = this.units!;
    return this.mode.startsWith('track') ? units.track(row, this.slots.unit, variant) : units.decide(row, this.slots.unit, variant);
  }

  /** Rows kept in a cell (aggregating passes). */
  keptRows(segment: number, variant: number): number {
    const cell = this.cells[segment + 1]?.[variant];
    return cell === undefined ? 0 : cell[cell.length - 1];
  }

  /** The cell of a segment (-1: overall) and variant, with one more row counted. */
  private cell(segment: number, variant: number): Float64Array {
    const existing = this.cells[segment + 1]?.[variant];
    if (existing !== undefined) {
      existing[existing.length - 1]++;
      return existing;
    }
    const bySegment = this.cells[segment + 1] ?? (this.cells[segment + 1] = []);
    const cell = bySegment[variant] ?? (bySegment[variant] = new Float64Array(this.metricColumns.regression.cellLength + 1));
    cell[cell.length - 1]++;
    return cell;
  }

  /** The cell of the row's `--date` day and its variant, with one more row counted. */
  private dayCell(row: CsvRow, variant: number): Float64Array {
    const slot = this.slots.date!;
    const text = row.isEmpty(slot) ? '' : row.text(slot);
    const day = dayNumber(text);
    if (day === undefined) throw badDate(row, this.dateColumn ?? '', text);
    let byVariant = this.dayCells.get(day);
    if (byVariant === undefined) {
      if (this.dayCells.size >= MAX_DAYS) throw new InputError({ file: row.file || undefined, path: this.dateColumn, row: row.number, message: `more than ${MAX_DAYS} distinct days: --date takes a day or timestamp column spanning at most ${MAX_DAYS} days` });
      this.dayCells.set(day, (byVariant = []));
    }
    const cell = byVariant[variant] ?? (byVariant[variant] = new Float64Array(this.metricColumns.regression.cellLength + 1));
    cell[cell.length - 1]++;
    return cell;
  }

  private collect(values: Float64Array): void {
    for (const c of this.collectColumns) {
      const value = values[c];
      if (value !== value) continue;
      let buffer = this.collected[c];
      const count = this.collectedCount[c];
      if (count === buffer.length) {
        const bigger = new Float64Array(buffer.length * 2);
        bigger.set(buffer);
        this.collected[c] = buffer = bigger;
      }
      buffer[count] = value;
      this.collectedCount[c] = count + 1;
    }
  }
}

/** Most distinct days `--date` accepts (about 27 years of daily data); beyond, exit 2. */
export const MAX_DAYS = 10_000;

function badDate(row: CsvRow, column: string, text: string): InputError {
  const shown = text === '' ? 'an empty cell' : `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;
  return new InputError({ file: row.file || undefined, path: column, row: row.number, message: `${shown} is not a day (YYYY-MM-DD) or an ISO 8601 timestamp (YYYY-MM-DDTHH:MM:SS, optionally with Z or an offset)` });
}
