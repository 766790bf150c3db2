import { InputError } from '../inputError.js';
import type { CsvRow } from './CsvRow.js';

const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * The byte-level RFC 4180 state machine: finds the fields of each row in a window of a buffer,
 * records the byte ranges of the selected ones in a reused {@link CsvRow} and hands it to the
 * sink. No strings, no splitting; an unselected field costs one comparison per byte.
 *
 * Handles quoted fields (commas, CR/LF and doubled quotes inside), LF and CRLF line ends, a last
 * row with or without a line end, and skips blank lines (they are not counted as rows).
 * A row that does not end inside the window is left for the next call: {@link scan} returns where
 * it starts, the caller moves those bytes to the front of its buffer and reads more.
 */
export class CsvScanner {
  /** Rows handed to the sink so far. */
  rowsEmitted = 0;
  /** Number of fields of the last complete row. */
  lastFieldCount = 0;

  /** Byte offset in the file of the next window's `buf[0]` (set by the reader). */
  bufFileOffset = 0;

  /**
   * @param file the file name, as the user gave it, for error messages
   * @param slotOf for each field position in a row, its slot in `row`, or -1 when not selected
   * @param expectedFields fields every row must have (the header's count), or -1 for any
   * @param firstRowNumber the number of the first row: 1 for data rows, 0 for the header
   */
  constructor(
    private readonly file: string,
    private readonly slotOf: Int32Array,
    private readonly expectedFields: number,
    private readonly row: CsvRow,
    private readonly sink: (row: CsvRow) => void,
    private readonly firstRowNumber = 1,
  ) {}

  /**
   * Scan the complete rows of `buf[pos, limit)`; `isLast` says the data ends at `limit`.
   * @returns the start of the first row that is not complete in the window (or `limit`).
   *
   * One loop over the bytes, longer than our usual functions on purpose: it runs for every byte
   * of a ten-million-row file, and splitting it into calls per field measured slower.
   */
  scan(buf: Buffer, pos: number, limit: number, isLast: boolean, maxRows = Infinity): number {
    const { slotOf, row } = this;
    const { starts, ends, escaped } = row;
    const slotCount = slotOf.length;
    row.buf = buf;
    row.bufFileOffset = this.bufFileOffset;
    let emitted = 0;
    let rowStart = pos;
    let fieldStart = pos;
    let field = 0;
    // A quoted field's content, set when its closing quote is found (-1: the field is not quoted).
    let quotedStart = -1;
    let quotedEnd = -1;
    let quotedEscape = 0;
    while (pos < limit) {
      const c = buf[pos];
      // Every special byte is ≤ ',' (44); digits and letters are above it: one test per byte.
      if (c > COMMA) {
        pos++;
        continue;
      }
      if (c === QUOTE && pos === fieldStart) {
        const close = this.closingQuote(buf, pos, limit, isLast);
        if (close < 0) return rowStart;
        quotedStart = pos + 1;
        quotedEnd = close;
        quotedEscape = this.escapedQuotes;
        pos = close + 1;
        const after = pos < limit ? buf[pos] : COMMA;
        if (after !== COMMA && after !== LF && after !== CR) {
          throw this.problem(`unexpected text after the closing quote of field ${field + 1}`);
        }
        continue;
      }
      if (c !== COMMA && c !== LF && c !== CR) {
        pos++;
        continue;
      }
      if (c === COMMA || pos > rowStart) {
        if (field < slotCount) {
          const slot = slotOf[field];
          if (slot >= 0) {
            starts[slot] = quotedEnd < 0 ? fieldStart : quotedStart;
            ends[slot] = quotedEnd < 0 ? pos : quotedEnd;
            escaped[slot] = quotedEnd < 0 ? 0 : quotedEscape;
          }
        }
        field++;
        quotedEnd = -1;
      }
      if (c === COMMA) {
        fieldStart = ++pos;
        continue;
      }
      // A line end: CR may be followed by LF, which needs one more byte to know.
      if (c === CR && pos + 1 >= limit && !isLast) return rowStart;
      pos += c === CR && buf[pos + 1] === LF ? 2 : 1;
      if (field > 0) {
        this.finishRow(field);
        if (++emitted >= maxRows) return pos;
      }
      rowStart = fieldStart = pos;
      field = 0;
    }
    if (!isLast) return rowStart;
    if (pos > rowStart) {
      if (field < slotCount) {
        const slot = slotOf[field];
        if (slot >= 0) {
          starts[slot] = quotedEnd < 0 ? fieldStart : quotedStart;
          ends[slot] = quotedEnd < 0 ? pos : quotedEnd;
          escaped[slot] = quotedEnd < 0 ? 0 : quotedEscape;
        }
      }
      this.finishRow(field + 1);
    }
    return pos;
  }

  /** Set by {@link closingQuote}: 1 when the quoted field held doubled quotes. */
  private escapedQuotes = 0;

  /**
   * Position of the quote closing the field that opens at `open` (doubled quotes inside are
   * content); -1 when the window ends first and more data may come.
   */
  private closingQuote(buf: Buffer, open: number, limit: number, isLast: boolean): number {
    this.escapedQuotes = 0;
    for (let search = open + 1; ; ) {
      const close = buf.indexOf(QUOTE, search);
      if (close < 0 || close >= limit) {
        if (!isLast) return -1;
        throw this.problem('a quoted field is never closed (missing ")');
      }
      if (close + 1 >= limit) return isLast ? close : -1;
      if (buf[close + 1] !== QUOTE) return close;
      this.escapedQuotes = 1;
      search = close + 2;
    }
  }

  private finishRow(fields: number): void {
    this.lastFieldCount = fields;
    this.row.number = this.firstRowNumber + this.rowsEmitted;
    this.rowsEmitted++;
    if (this.expectedFields >= 0 && fields !== this.expectedFields) {
      throw new InputError({
        file: this.file,
        row: this.row.number,
        message: `the row has ${fields} fields but the header has ${this.expectedFields}`,
      });
    }
    this.sink(this.row);
  }

  private problem(message: string): InputError {
    return new InputError({ file: this.file, row: this.firstRowNumber + this.rowsEmitted, message });
  }
}
