/**
 * One data row of a CSV, as byte ranges into the reader's buffer: no strings are made unless a
 * caller asks for one. The reader reuses a single `CsvRow` for every row, so a sink must copy
 * whatever it keeps (a name, a number) before it returns.
 *
 * Fields are addressed by *slot*: the position of the column in the list the caller selected,
 * not its position in the file.
 */
export class CsvRow {
    /** The buffer the byte ranges point into (valid only during the sink call). */
    buf = Buffer.alloc(0);
    /** 1-based data row (the header is row 0); a quoted newline does not start a new row. */
    number = 0;
    /** Start of each selected field's content (after an opening quote). */
    starts;
    /** End (exclusive) of each selected field's content (before a closing quote). */
    ends;
    /** 1 when the field was quoted and holds doubled quotes `""` that stand for one `"`. */
    escaped;
    constructor(slots) {
        this.starts = new Int32Array(slots);
        this.ends = new Int32Array(slots);
        this.escaped = new Uint8Array(slots);
    }
    /** True when the field is empty (`,,` or `""`). */
    isEmpty(slot) {
        return this.starts[slot] === this.ends[slot];
    }
    /** The field's text, decoded as UTF-8, with doubled quotes unescaped. */
    text(slot) {
        const text = this.buf.toString('utf8', this.starts[slot], this.ends[slot]);
        return this.escaped[slot] === 1 ? text.replaceAll('""', '"') : text;
    }
}
//# sourceMappingURL=CsvRow.js.map