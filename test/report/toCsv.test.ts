import { describe, expect, it } from 'vitest';
import type { ReportTable } from '../../src/report/report.js';
import { toCsv } from '../../src/format/toCsv.js';

const table = (rows: ReportTable['rows']): ReportTable => ({
  name: 't',
  title: 'T',
  columns: [
    { key: 'arm', label: 'Arm, name' },
    { key: 'value', label: 'Value (¥)' },
  ],
  rows,
});

describe('toCsv', () => {
  it('writes the header from the labels, numbers at full precision, CRLF line ends', () => {
    expect(toCsv(table([{ arm: 'control', value: 0.1 + 0.2 }]))).toBe('"Arm, name",Value (¥)\r\ncontrol,0.30000000000000004\r\n');
  });

  it('quotes commas, quotes and line breaks, and leaves missing cells empty', () => {
    expect(toCsv(table([{ arm: 'a "b", c\nd', value: null }, { arm: 'x' }]))).toBe('"Arm, name",Value (¥)\r\n"a ""b"", c\nd",\r\nx,\r\n');
  });

  it('defuses text that a spreadsheet would run as a formula, but not numbers', () => {
    expect(toCsv(table([{ arm: '=HYPERLINK("x")', value: -1 }]))).toBe('"Arm, name",Value (¥)\r\n"\'=HYPERLINK(""x"")",-1\r\n');
  });

  it('writes non-finite numbers and booleans as words', () => {
    expect(toCsv(table([{ arm: true, value: Number.POSITIVE_INFINITY }]))).toBe('"Arm, name",Value (¥)\r\ntrue,Infinity\r\n');
  });
});
