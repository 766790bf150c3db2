import { closeSync, openSync, readSync } from 'node:fs';
import { InputError } from '../inputError.js';
import { CsvRow } from './CsvRow.js';
import { CsvScanner } from './CsvScanner.js';

export interface StreamCsvOptions {
  /** Initial read buffer in bytes (default 4 MiB); it grows only for a single longer row. */
  readonly bufferSize?: number;
}

export interface StreamCsvSummary {
  /** Column names of the header, in file order. */
  readonly header: string[];
  /** Data rows read (blank lines are skipped and not counted). */
  readonly rows: number;
}

const DEFAULT_BUFFER = 4 << 20;
const MAX_HEADER_FIELDS = 1 << 14;

/**
 * Stream a CSV file once, calling `sink` for every data row with the fields of `columns`
 * (selected by header name; slot i of the row is `columns[i]`).
 *
 *   open → read 4 MiB → strip BOM → header → [scan complete rows → move the tail → read more]*
 *
 * Memory is the read buffer, flat in the number of rows. Throws {@link InputError} for a missing
 * file, an empty file, a missing column (listing the header), a row whose field count differs
 * from the header's and a quote that is never closed.
 */
export function streamCsv(
  file: string,
  columns: readonly string[],
  sink: (row: CsvRow) => void,
  options: StreamCsvOptions = {},
): StreamCsvSummary {
  if (new Set(columns).size !== columns.length) throw new Error(`columns repeat: ${columns.join(', ')}`);
  const source = new ByteSource(file, options.bufferSize ?? DEFAULT_BUFFER);
  try {
    const header = readHeader(source);
    const slotOf = new Int32Array(header.length).fill(-1);
    const missing: string[] = [];
    columns.forEach((name, slot) => {
      const position = header.indexOf(name);
      if (position < 0) missing.push(name);
      else if (header.indexOf(name, position + 1) >= 0) {
        throw new InputError({ file, path: name, message: 'the header names this column more than once' });
      } else slotOf[position] = slot;
    });
    if (missing.length > 0) {
      const available = `the header has: ${header.join(', ')}`;
      throw new InputError(missing.map((name) => ({ file, path: name, message: `no such column; ${available}` })));
    }
    const scanner = new CsvScanner(file, slotOf, header.length, new CsvRow(columns.length, file), sink);
    pump(source, scanner, Infinity);
    return { header, rows: scanner.rowsEmitted };
  } finally {
    source.close();
  }
}

/** The column names of a CSV file's header (reads only the first buffer or so). */
export function readCsvHeader(file: string, options: StreamCsvOptions = {}): string[] {
  const source = new ByteSource(file, options.bufferSize ?? 1 << 16);
  try {
    return readHeader(source);
  } finally {
    source.close();
  }
}

function readHeader(source: ByteSource): string[] {
  const identity = Int32Array.from({ length: MAX_HEADER_FIELDS }, (_, i) => i);
  const row = new CsvRow(MAX_HEADER_FIELDS, source.file);
  const scanner = new CsvScanner(source.file, identity, -1, row, () => {}, 0);
  pump(source, scanner, 1);
  if (scanner.rowsEmitted === 0) throw new InputError({ file: source.file, message: 'the file is empty (no header row)' });
  if (scanner.lastFieldCount > MAX_HEADER_FIELDS) {
    throw new InputError({ file: source.file, row: 0, message: `more than ${MAX_HEADER_FIELDS} columns` });
  }
  return Array.from({ length: scanner.lastFieldCount }, (_, i) => row.text(i));
}

/** Feed the scanner window after window until it has seen `maxRows` rows or the file ends. */
function pump(source: ByteSource, scanner: CsvScanner, maxRows: number): void {
  let wanted = maxRows;
  for (;;) {
    const before = scanner.rowsEmitted;
    scanner.bufFileOffset = source.consumed;
    source.pos = scanner.scan(source.buf, source.pos, source.limit, source.eof, wanted);
    wanted -= scanner.rowsEmitted - before;
    if (wanted <= 0 || (source.eof && source.pos >= source.limit)) return;
    source.fill();
  }
}

/** A file read sequentially into one reused buffer; `buf[pos, limit)` is not yet consumed. */
class ByteSource {
  buf: Buffer;
  pos = 0;
  limit = 0;
  /** Bytes of the file before `buf[0]`. */
  consumed = 0;
  eof = false;
  private readonly fd: number;

  constructor(
    readonly file: string,
    bufferSize: number,
  ) {
    try {
      this.fd = openSync(file, 'r');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : `cannot open (${code})`;
      throw new InputError({ file, message: reason });
    }
    this.buf = Buffer.allocUnsafe(Math.max(16, bufferSize));
    this.fill();
    if (this.limit >= 3 && this.buf[0] === 0xef && this.buf[1] === 0xbb && this.buf[2] === 0xbf) this.pos = 3;
  }

  /** Move the unconsumed tail to the front (growing the buffer if it is full) and read more. */
  fill(): void {
    if (this.pos > 0) {
      this.buf.copyWithin(0, this.pos, this.limit);
      this.consumed += this.pos;
      this.limit -= this.pos;
      this.pos = 0;
    }
    if (this.limit === this.buf.length) {
      const bigger = Buffer.allocUnsafe(this.buf.length * 2);
      this.buf.copy(bigger, 0, 0, this.limit);
      this.buf = bigger;
    }
    let read: number;
    try {
      read = readSync(this.fd, this.buf, this.limit, this.buf.length - this.limit, null);
    } catch (error) {
      // Reading by descriptor loses the name; the CLI's message needs it (EISDIR, EIO…).
      throw Object.assign(error as NodeJS.ErrnoException, { path: this.file });
    }
    if (read === 0) this.eof = true;
    this.limit += read;
  }

  close(): void {
    closeSync(this.fd);
  }
}
