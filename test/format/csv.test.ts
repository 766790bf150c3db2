import { describe, expect, test } from 'vitest';
import { csvDocument, csvValue } from '../../src/format/csv.js';
import { toCsv } from '../../src/format/toCsv.js';
import { summaryCsv } from '../../src/sim/replicate/resultFiles.js';
import type { SimulationResult } from '../../src/sim/replicate/index.js';

describe('the one CSV writer', () => {
  test('quoting, CRLF after every line, full precision, empty for missing values', () => {
    expect(csvDocument(['a', 'b,c'], [[0.1 + 0.2, 'say "hi"'], [null, 'two\nlines'], [-5, true]])).toBe(
      'a,"b,c"\r\n0.30000000000000004,"say ""hi"""\r\n,"two\nlines"\r\n-5,true\r\n',
    );
  });

  test('every text cell is guarded against formula injection; numbers never are', () => {
    expect(['=1+1', '+1', '-cmd', '@SUM(A1)', '\tx', 'ok'].map(csvValue)).toEqual(["'=1+1", "'+1", "'-cmd", "'@SUM(A1)", "'\tx", 'ok']);
    expect(csvValue(-5)).toBe('-5');
    expect(csvValue('=A1,B1')).toBe(`"'=A1,B1"`);
  });

  test('report tables and summary.csv are written by it (same line ends)', () => {
    const table = toCsv({ name: 't', title: 't', columns: [{ key: 'arm', label: 'arm' }], rows: [{ arm: '=evil' }] } as never);
    expect(table).toBe("arm\r\n'=evil\r\n");
    const stat = { mean: 1 / 3, ci: [0, 1], meanCi: [0.1, 0.9], sd: 2 };
    const summary = summaryCsv({ summary: new Proxy({}, { get: () => stat }) } as unknown as SimulationResult);
    expect(summary.split('\r\n')[1]).toMatch(/^\w+,0\.3333333333333333,0,1,0\.1,0\.9,2$/);
    expect(summary.endsWith('\r\n')).toBe(true);
    expect(summary.replaceAll('\r\n', '')).not.toContain('\n');
  });
});
