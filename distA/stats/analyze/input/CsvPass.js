import { ClusterAccumulator } from './ClusterAccumulator.js';
import { addRowToCell, METRIC_STRIDE } from './metricSums.js';
/**
 * One streaming pass over the rows: label the row (variant, unit, segment, cluster), apply the
 * data-quality rules, parse the numeric columns and add the row to its cells. Long-lived state
 * (the variant and segment names, the unit table) is shared between passes; counts and sums
 * belong to the pass, so the last pass's figures are the ones reported.
 */
export class CsvPass {
    mode;
    slots;
    columns;
    metricColumns;
    collectColumns;
    variants;
    segments;
    known;
    units;
    rows = 0;
    rowsWithoutVariant = 0;
    rowsOfUnitPolicy = 0;
    /** Rows per variant id that are not among the known variants (`--weights NAME=…`). */
    unknownRows = [];
    /** Cells by [segment + 1][variant]: METRIC_STRIDE sums per metric, then the rows kept. */
    cells = [[]];
    /** Per metric, values lowered by the cap (counted once per row, in the overall cell). */
    capped;
    segmentCapped;
    clusters;
    /** Per numeric column, the collected values (mode `collect`) and how many. */
    collected;
    collectedCount;
    values;
    constructor(mode, slots, columns, metricColumns, 
    /** Numeric columns whose values a `collect` pass keeps (those of capped metrics). */
    collectColumns, variants, segments, 
    /** Whether a variant id is among those named by `--weights` (undefined: all are). */
    known, units) {
        this.mode = mode;
        this.slots = slots;
        this.columns = columns;
        this.metricColumns = metricColumns;
        this.collectColumns = collectColumns;
        this.variants = variants;
        this.segments = segments;
        this.known = known;
        this.units = units;
        this.values = new Float64Array(columns.length);
        this.capped = new Float64Array(metricColumns.value.length);
        this.segmentCapped = new Float64Array(metricColumns.value.length);
        this.clusters = slots.cluster >= 0 && !mode.endsWith('collect') ? new ClusterAccumulator(metricColumns) : undefined;
        this.collected = columns.map((_, c) => new Float64Array(collectColumns.includes(c) ? 1 << 16 : 0));
        this.collectedCount = columns.map(() => 0);
    }
    /** The sink for `streamCsv`. */
    onRow = (row) => {
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
        for (let c = 0; c < values.length; c++)
            values[c] = columns[c].read(row, slots.numeric[c]);
        if (this.mode === 'collect' || this.mode === 'track-and-collect')
            return this.collect(values);
        const segment = slots.segment >= 0 ? this.segments.idOf(row, slots.segment) : -1;
        addRowToCell(this.cell(-1, variant), values, this.metricColumns, this.capped);
        if (segment >= 0)
            addRowToCell(this.cell(segment, variant), values, this.metricColumns, this.segmentCapped);
        if (this.clusters !== undefined) {
            this.clusters.add(row, slots.cluster, variant, -1, values);
            if (segment >= 0)
                this.clusters.add(row, slots.cluster, variant, segment, values);
        }
    };
    keepUnit(row, variant) {
        const units = this.units;
        return this.mode.startsWith('track') ? units.track(row, this.slots.unit, variant) : units.decide(row, this.slots.unit, variant);
    }
    /** Rows kept in a cell (aggregating passes). */
    keptRows(segment, variant) {
        const cell = this.cells[segment + 1]?.[variant];
        return cell === undefined ? 0 : cell[cell.length - 1];
    }
    /** The cell of a segment (-1: overall) and variant, with one more row counted. */
    cell(segment, variant) {
        const existing = this.cells[segment + 1]?.[variant];
        if (existing !== undefined) {
            existing[existing.length - 1]++;
            return existing;
        }
        const bySegment = this.cells[segment + 1] ?? (this.cells[segment + 1] = []);
        const cell = bySegment[variant] ?? (bySegment[variant] = new Float64Array(METRIC_STRIDE * this.metricColumns.value.length + 1));
        cell[cell.length - 1]++;
        return cell;
    }
    collect(values) {
        for (const c of this.collectColumns) {
            const value = values[c];
            if (value !== value)
                continue;
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
//# sourceMappingURL=CsvPass.js.map