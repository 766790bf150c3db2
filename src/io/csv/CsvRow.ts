/**
 * One data row of a CSV, as byte ranges into the reader's buffer: no strings are made unless a
 * caller asks for one. The reader reuses a single `CsvRow` for every row, so a sink must copy
 * whatever it keeps (a name, a number) before it returns.
 *
 * Fields are addressed by *slot*: the position of the column in the list the caller selected,
 * not its position in the file.
 */
import { InputError } from '../inputError.js';
import { firstInvalidUtf8 } from '../firstInvalidUtf8.js';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export class CsvRow {
  /** The buffer the byte ranges point into (valid only during the sink call). */
  buf: Buffer = Buffer.alloc(0);
  /** Byte offset in the file of `buf[0]`, for messages. */
  bufFileOffset = 0;
  /** 1-based data row (the header is row 0); a quoted newline does not start a new row. */
  number = 0;
  /** Start of each selected field's content (after an opening quote). */
  readonly starts: Int32Array;
  /** End (exclusive) of each selected field's content (before a closing quote). */
  readonly ends: Int32Array;
  /** 1 when the field was quoted and holds doubled quotes `""` that stand for one `"`. */
  readonly escaped: Uint8Array;

  /** @param file the file name as the user gave it, for messages */
  constructor(
    slots: number,
    readonly file = '',
  ) {
    this.starts = new Int32Array(slots);
    this.ends = new Int32Array(slots);
    this.escaped = new Uint8Array(slots);
  }

  /** True when the field is empty (`,,` or `""`). */
  isEmpty(slot: number): boolean {
    return this.starts[slot] === this.ends[slot];
  }

  /**
   * The field's text, decoded as UTF-8, with doubled quotes unescaped. Bytes that are not UTF-8
   * (a Latin-1 `café`) are refused with the row and byte offset: replacing them with U+FFFD would
   * silently merge `caf\xe9` and `caf\xe8` into one name.
   */
  text(slot: number): string {
    const bytes = this.buf.subarray(this.starts[slot], this.ends[slot]);
    let text: string;
    try {
      text = strictUtf8.decode(bytes);
    } catch {
      const offset = Math.max(0, firstInvalidUtf8(bytes));
      throw new InputError({
        file: this.file || undefined,
        row: this.number,
        message: `not UTF-8: byte 0x${bytes[offset].toString(16).padStart(2, '0')} at byte offset ${this.bufFileOffset + this.starts[slot] + offset} of the file; save it as UTF-8 (e.g. iconv -f latin1 -t utf-8)`,
      });
    }
    return this.escaped[slot] === 1 ? text.replaceAll('""', '"') : text;
  }
}
