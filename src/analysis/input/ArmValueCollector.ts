import type { CsvRow } from '../../io/csv/CsvRow.js';
import { InputError } from '../../io/inputError.js';

/**
 * Most metric values `--quantile` keeps in memory, over all its metrics and arms: 5,000,000
 * doubles = 40 MB, plus about as much again while a bootstrap sorts one arm's copy. Above it the
 * analysis stops with exit 2 naming `--quantile` (analyse a sample of rows, or fewer metrics).
 */
export const MAX_QUANTILE_VALUES = 5_000_000;

/**
 * The per-arm values of the metric columns that `--quantile` asks for, kept while the CSV pass
 * streams (the bootstrap resamples rows, so it needs them; everything else stays sums). One
 * growable Float64Array per column and variant id; missing cells are skipped, as the metric skips
 * them. Values are as read, before any `--cap`.
 */
export class ArmValueCollector {
  private readonly buffers: Float64Array[][];
  private readonly counts: number[][];
  private total = 0;

  constructor(
    /** Numeric-column slots of the collected metrics, in `--metric` order. */
    readonly columns: readonly number[],
    private readonly file: string,
    private readonly limit = MAX_QUANTILE_VALUES,
  ) {
    this.buffers = columns.map(() => []);
    this.counts = columns.map(() => []);
  }

  /** Keep the row's values of the collected columns under its variant id. */
  add(row: CsvRow, variant: number, values: Float64Array): void {
    for (let k = 0; k < this.columns.length; k++) {
      const value = values[this.columns[k]];
      if (value !== value) continue;
      if (++this.total > this.limit) {
        throw new InputError({ file: this.file, path: '--quantile', row: row.number, message: `more than ${this.limit.toLocaleString('en-US')} metric values to keep for the bootstrap (the memory limit of --quantile): analyse a sample of the rows or fewer --metric columns` });
      }
      let buffer = this.buffers[k][variant];
      const count = this.counts[k][variant] ?? 0;
      if (buffer === undefined || count === buffer.length) {
        const bigger = new Float64Array(Math.max(1024, count * 2));
        if (buffer !== undefined) bigger.set(buffer);
        this.buffers[k][variant] = buffer = bigger;
      }
      buffer[count] = value;
      this.counts[k][variant] = count + 1;
    }
  }

  /** The values of collected column k (its index in `columns`) for a variant id. */
  values(k: number, variant: number): Float64Array {
    const buffer = this.buffers[k][variant];
    return buffer === undefined ? new Float64Array(0) : buffer.subarray(0, this.counts[k][variant]);
  }
}
