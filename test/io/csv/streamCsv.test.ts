import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCsvHeader, streamCsv } from '../../../src/io/csv/streamCsv.js';
import { inputErrorOf } from '../../support/inputErrorOf.js';
import { scaledRuns } from '../../support/fastCheckSeed.js';

const dir = mkdtempSync(join(tmpdir(), 'livelift-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

function write(content: string | Buffer): string {
  const file = join(dir, `t${files++}.csv`);
  writeFileSync(file, content);
  return file;
}

/** Read the chosen columns of every row as text. */
function read(file: string, columns: string[], bufferSize?: number): string[][] {
  const rows: string[][] = [];
  streamCsv(file, columns, (row) => rows.push(columns.map((_, slot) => row.text(slot))), { bufferSize });
  return rows;
}

function problem(run: () => unknown): string {
  return inputErrorOf(run).message;
}

const RFC_FIELD = /[",\r\n]/;
const quote = (field: string) => `"${field.replaceAll('"', '""')}"`;

describe('streamCsv', () => {
  it('reads RFC 4180 files: quotes, doubled quotes, commas and line breaks in quotes, CRLF, BOM', () => {
    const text = '\ufeffid,"na,me",v\r\n1,"a ""b"", c",2.5\r\n2,"multi\r\nline",3\r\n\r\n3,plain,\r\n';
    const file = write(text);
    expect(readCsvHeader(file)).toEqual(['id', 'na,me', 'v']);
    for (const bufferSize of [undefined, 16, 17, 23]) {
      expect(read(file, ['v', 'na,me'], bufferSize)).toEqual([
        ['2.5', 'a "b", c'],
        ['3', 'multi\r\nline'],
        ['', 'plain'],
      ]);
    }
  });

  it('round-trips random tables whatever the line ends, quoting, BOM, last newline and buffer size (fast-check)', () => {
    const cell = fc.array(fc.constantFrom('a', 'Z', '1', '.', ',', '"', '\n', '\r', ' ', 'é', '漢'), { maxLength: 6 }).map((chars) => chars.join(''));
    const table = fc.integer({ min: 2, max: 5 }).chain((width) =>
      fc.record({
        rows: fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 12 }),
        width: fc.constant(width),
        crlf: fc.boolean(),
        bom: fc.boolean(),
        finalNewline: fc.boolean(),
        quoteAll: fc.boolean(),
        bufferSize: fc.integer({ min: 16, max: 90 }),
        pick: fc.shuffledSubarray([...Array(width).keys()], { minLength: 1 }),
      }),
    );
    fc.assert(
      fc.property(table, ({ rows, width, crlf, bom, finalNewline, quoteAll, bufferSize, pick }) => {
        const header = Array.from({ length: width }, (_, i) => `c${i}`);
        const encode = (field: string) => (quoteAll || RFC_FIELD.test(field) || field === '' ? quote(field) : field);
        const end = crlf ? '\r\n' : '\n';
        const text = [header.join(','), ...rows.map((row) => row.map(encode).join(','))].join(end) + (finalNewline ? end : '');
        const file = write(Buffer.concat([Buffer.from(bom ? [0xef, 0xbb, 0xbf] : []), Buffer.from(text, 'utf8')]));
        const columns = pick.map((i) => header[i]);
        expect(read(file, columns, bufferSize)).toEqual(rows.map((row) => pick.map((i) => row[i])));
      }),
      { numRuns: scaledRuns(400) },
    );
  });

  it('skips blank lines without counting them as rows, and numbers data rows from 1', () => {
    const file = write('a,b\n\n1,2\n\r\n3,4\n\n');
    const numbers: number[] = [];
    const summary = streamCsv(file, ['b'], (row) => numbers.push(row.number));
    expect(numbers).toEqual([1, 2]);
    expect(summary.rows).toBe(2);
  });

  it('names the file, column and row of every problem', () => {
    const data = write('a,b\n1,2\n');
    expect(problem(() => read(data, ['a', 'c', 'd']))).toBe(`${data}: c: no such column; the header has: a, b\n${data}: d: no such column; the header has: a, b`);
    expect(problem(() => read(write('a,b\n1,2\n3\n'), ['a']))).toMatch(/\(row 2\): the row has 1 fields but the header has 2$/);
    expect(problem(() => read(write('a,b\n1,"2\n'), ['a']))).toMatch(/\(row 1\): a quoted field is never closed/);
    expect(problem(() => read(write('a,b\n"1"x,2\n'), ['a']))).toMatch(/\(row 1\): unexpected text after the closing quote of field 1/);
    expect(problem(() => read(write(''), ['a']))).toMatch(/the file is empty/);
    expect(problem(() => read(write('\ufeff\n\n'), ['a']))).toMatch(/the file is empty/);
    expect(problem(() => read(join(dir, 'missing.csv'), ['a']))).toMatch(/missing\.csv: no such file$/);
    expect(problem(() => read(write('a,a\n1,2\n'), ['a']))).toMatch(/a: the header names this column more than once/);
  });

  it('refuses Latin-1 names with the row and the byte offset in the file, whatever the buffer size (no merged U+FFFD arms)', () => {
    const file = write(Buffer.concat([Buffer.from('arm,y\ncaf'), Buffer.from([0xe9]), Buffer.from(',1\ncaf'), Buffer.from([0xe8]), Buffer.from(',0\n')]));
    for (const bufferSize of [undefined, 16, 17]) {
      expect(problem(() => read(file, ['arm'], bufferSize))).toBe(`${file} (row 1): not UTF-8: byte 0xe9 at byte offset 9 of the file; save it as UTF-8 (e.g. iconv -f latin1 -t utf-8)`);
    }
    const second = write(Buffer.concat([Buffer.from(`arm,y\n${'a,1\n'.repeat(20)}b`), Buffer.from([0xff]), Buffer.from(',1\n')]));
    expect(problem(() => read(second, ['arm'], 16))).toBe(`${second} (row 21): not UTF-8: byte 0xff at byte offset ${6 + 4 * 20 + 1} of the file; save it as UTF-8 (e.g. iconv -f latin1 -t utf-8)`);
  });

  it('grows its buffer for a row longer than the buffer', () => {
    const long = 'x'.repeat(1000);
    const file = write(`a,b\n${long},"${long}"\n1,2`);
    expect(read(file, ['b', 'a'], 16)).toEqual([[long, long], ['2', '1']]);
  });
});
