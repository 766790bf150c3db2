import { describe, expect, it } from 'vitest';
import { CsvRow } from '../../../src/io/csv/CsvRow.js';
import { NumericColumn } from '../../../src/io/csv/NumericColumn.js';
import { InputError } from '../../../src/io/inputError.js';

/** Read `cells` in order through one column, as the reader would (row numbers from 1). */
function readAll(column: NumericColumn, cells: string[]): number[] {
  return cells.map((cell, i) => {
    const row = new CsvRow(1);
    row.buf = Buffer.from(cell, 'utf8');
    row.starts[0] = 0;
    row.ends[0] = row.buf.length;
    row.number = i + 1;
    return column.read(row, 0);
  });
}

describe('NumericColumn', () => {
  it('reads numbers, booleans (1/0) and missing markers (NaN, counted)', () => {
    const column = new NumericColumn('f.csv', 'm');
    const values = readAll(column, ['1', 'TRUE', 'no', 'Yes', 'false', '', 'NA', 'n/a', 'NaN', 'null', 'None', ' 0 ']);
    expect(values.slice(0, 5)).toEqual([1, 1, 0, 1, 0]);
    expect(values.slice(5, 11).every(Number.isNaN)).toBe(true);
    expect(values[11]).toBe(0);
    expect(column.missing).toBe(6);
    expect(column.binary).toBe(true);
    column.checkConsistent();
  });

  it('a value other than 0 or 1 makes the column a mean', () => {
    const column = new NumericColumn('f.csv', 'm');
    readAll(column, ['0', '1', '2.5', '1e1']);
    expect(column.binary).toBe(false);
    expect(column.firstNonBinaryRow).toBe(3);
  });

  it('a non-numeric cell is an InputError naming file, column and 1-based data row', () => {
    const column = new NumericColumn('f.csv', 'revenue');
    expect(() => readAll(column, ['1', '2', '12,5'])).toThrow(InputError);
    try {
      readAll(column, ['1', 'abc']);
    } catch (error) {
      expect((error as InputError).problems[0]).toMatchObject({ file: 'f.csv', path: 'revenue', row: 2 });
      expect((error as InputError).message).toBe('f.csv: revenue (row 2): "abc" is not a number (expected a number, true/false, yes/no, or an empty cell for a missing value)');
    }
  });

  it('mixing true/false with other numbers is an error', () => {
    const column = new NumericColumn('f.csv', 'm');
    readAll(column, ['true', '3']);
    expect(() => column.checkConsistent()).toThrow(/holds true\/false or yes\/no values \(first on row 1\) and numbers other than 0 and 1/);
  });
});
