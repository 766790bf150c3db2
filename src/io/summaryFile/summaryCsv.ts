import { InputError } from '../inputError.js';
import { parseDecimalText } from '../csv/parseDecimal.js';
import type { CsvRow } from '../csv/CsvRow.js';
import { readCsvHeader, streamCsv } from '../csv/streamCsv.js';

/**
 * The CSV form of a summary file: one row per metric × variant, the JSON fields flattened.
 *
 * | column | required | meaning |
 * | --- | --- | --- |
 * | metric, kind, variant, n, sum | yes | as in the JSON form |
 * | units | no | randomization units of the variant; every row of a variant must agree; default: n of the variant's first row |
 * | sumSquares | mean, ratio | Σx² (a proportion's defaults to sum) |
 * | shift | no | x − shift was summed in place of x (mean metrics; see docs/analyze.md) |
 * | covariateSum, covariateSumSquares, covariateSumProduct | no | CUPED covariate Σz, Σz², Σxz |
 * | covariateShift | no | z − covariateShift was summed in place of z |
 * | denominatorSum, denominatorSumSquares, denominatorSumProduct | ratio | Σd, Σd², Σxd |
 * | x3, x4, x2z, xz2, z3, x3z, x2z2, xz3, z4 | no | `covariateMoments` (CUPED as the HC1 regression) |
 * | missingN, missingX, missingX2, missingX3 | no | `covariateMoments.missing`: units without a covariate value, Σx, Σx², Σx³ over them |
 *
 * Variants are listed in order of first appearance. Empty cells are absent values.
 */
export const summaryCsvColumns = {
  required: ['metric', 'kind', 'variant', 'n', 'sum'],
  optional: ['units', 'sumSquares', 'shift', ...pairedColumns('covariate'), 'covariateShift', ...pairedColumns('denominator'), ...momentColumns(), ...missingColumns()],
} as const;

/** Columns of `covariateMoments` (the JSON field names). */
function momentColumns() {
  return ['x3', 'x4', 'x2z', 'xz2', 'z3', 'x3z', 'x2z2', 'xz3', 'z4'] as const;
}

/** Columns of `covariateMoments.missing`, and the JSON field each fills. */
function missingColumns() {
  return ['missingN', 'missingX', 'missingX2', 'missingX3'] as const;
}

function pairedColumns<P extends string>(prefix: P): [`${P}Sum`, `${P}SumSquares`, `${P}SumProduct`] {
  return [`${prefix}Sum`, `${prefix}SumSquares`, `${prefix}SumProduct`];
}

/** Where each value of the summary object came from, to name the row and column in errors. */
export interface SummaryCsvOrigin {
  /** Row of metrics[m].variants[a]. */
  readonly armRow: number[][];
  /** First row of variants[v]. */
  readonly variantRow: number[];
}

/**
 * Read a summary CSV into the shape of the JSON form (not yet validated: the caller runs the
 * zod schema and uses `origin` to turn its paths into rows and columns).
 */
export function readSummaryCsv(file: string): { data: unknown; origin: SummaryCsvOrigin } {
  const header = readCsvHeader(file);
  const missing = summaryCsvColumns.required.filter((column) => !header.includes(column));
  if (missing.length > 0) {
    const needs = `no such column; a summary CSV needs ${summaryCsvColumns.required.join(', ')}`;
    throw new InputError(missing.map((column) => ({ file, path: column, message: needs })));
  }
  const columns: string[] = [...summaryCsvColumns.required, ...summaryCsvColumns.optional.filter((column) => header.includes(column))];
  const variants: { name: string; units?: number }[] = [];
  const metrics: { name: string; kind: string; variants: Record<string, unknown>[] }[] = [];
  const origin: SummaryCsvOrigin = { armRow: [], variantRow: [] };
  streamCsv(file, columns, (row) => {
    const cells = new SummaryCells(file, columns, row);
    const v = variantIndex(variants, origin, cells);
    const m = metricIndex(metrics, origin, cells);
    metrics[m].variants.push({
      name: variants[v].name,
      n: cells.number('n'),
      sum: cells.number('sum'),
      ...optional('sumSquares', cells.number('sumSquares')),
      ...optional('shift', cells.number('shift')),
      ...optional('covariate', cells.paired('covariate')),
      ...optional('denominator', cells.paired('denominator')),
      ...optional('covariateMoments', cells.moments()),
    });
    origin.armRow[m].push(row.number);
  });
  if (metrics.length === 0) throw new InputError({ file, message: 'the file has a header but no rows' });
  for (const variant of variants) variant.units ??= firstArmN(metrics, variant.name);
  return { data: { variants, metrics }, origin };
}

/** The cells of one summary row, by column name. */
class SummaryCells {
  constructor(
    readonly file: string,
    private readonly columns: readonly string[],
    readonly row: CsvRow,
  ) {}

  text(column: string): string {
    return this.row.text(this.columns.indexOf(column));
  }

  /** The cell as a number; undefined when the column is absent or the cell empty. */
  number(column: string): number | undefined {
    if (!this.columns.includes(column) || this.text(column).trim() === '') return undefined;
    const value = parseDecimalText(this.text(column));
    if (Number.isNaN(value)) throw new InputError({ file: this.file, path: column, row: this.row.number, message: `"${this.text(column)}" is not a number` });
    return value;
  }

  /** `covariateMoments` from its columns, undefined when they are all empty. */
  moments(): Record<string, unknown> | undefined {
    const entries = momentColumns().map((column) => [column, this.number(column)] as const).filter(([, value]) => value !== undefined);
    const missing = missingColumns().map((column, i) => [['n', 'x', 'x2', 'x3'][i], this.number(column)] as const).filter(([, value]) => value !== undefined);
    if (entries.length === 0 && missing.length === 0) return undefined;
    return { ...Object.fromEntries(entries), ...(missing.length > 0 ? { missing: Object.fromEntries(missing) } : {}) };
  }

  /** `{ sum, sumSquares, sumProduct }` of a paired variable, undefined when all three are empty. */
  paired(prefix: 'covariate' | 'denominator'): Record<string, number | undefined> | undefined {
    const [sum, sumSquares, sumProduct] = pairedColumns(prefix).map((column) => this.number(column));
    if (sum === undefined && sumSquares === undefined && sumProduct === undefined) return undefined;
    const shift = prefix === 'covariate' ? this.number('covariateShift') : undefined;
    return { sum, sumSquares, sumProduct, ...(shift !== undefined ? { shift } : {}) };
  }
}

/** Index of the row's variant, added on first sight; its units must agree on every row. */
function variantIndex(variants: { name: string; units?: number }[], origin: SummaryCsvOrigin, cells: SummaryCells): number {
  const name = cells.text('variant');
  const units = cells.number('units');
  const v = variants.findIndex((variant) => variant.name === name);
  if (v < 0) {
    origin.variantRow.push(cells.row.number);
    return variants.push({ name, ...optional('units', units) }) - 1;
  }
  if (units !== undefined && units !== variants[v].units) {
    throw new InputError({ file: cells.file, path: 'units', row: cells.row.number, message: `variant "${name}" has units ${variants[v].units} on row ${origin.variantRow[v]}` });
  }
  return v;
}

/** Index of the row's metric, added on first sight; its kind must agree on every row. */
function metricIndex(metrics: { name: string; kind: string; variants: Record<string, unknown>[] }[], origin: SummaryCsvOrigin, cells: SummaryCells): number {
  const name = cells.text('metric');
  const m = metrics.findIndex((metric) => metric.name === name);
  if (m < 0) {
    origin.armRow.push([]);
    return metrics.push({ name, kind: cells.text('kind'), variants: [] }) - 1;
  }
  if (metrics[m].kind !== cells.text('kind')) {
    throw new InputError({ file: cells.file, path: 'kind', row: cells.row.number, message: `metric "${name}" is "${metrics[m].kind}" on row ${origin.armRow[m][0]}` });
  }
  return m;
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

function firstArmN(metrics: { variants: Record<string, unknown>[] }[], name: string): number | undefined {
  for (const metric of metrics) {
    const arm = metric.variants.find((candidate) => candidate.name === name);
    if (arm !== undefined) return arm.n as number | undefined;
  }
  return undefined;
}
