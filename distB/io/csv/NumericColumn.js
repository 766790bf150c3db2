import { InputError } from '../inputError.js';
import { parseDecimalFast, parseDecimalText } from './parseDecimal.js';
/**
 * Reads one numeric column of a CSV (a metric, a ratio's numerator or denominator, a covariate)
 * and learns its type on the way.
 *
 * A cell is, in this order:
 * - a number: a plain decimal, optionally signed, with an optional exponent; spaces around it
 *   are ignored (fast path: straight from the bytes);
 * - a boolean: `true`/`false` or `yes`/`no` in any case, read as 1/0;
 * - missing: empty, or `NA`, `N/A`, `NaN`, `null`, `None` in any case: {@link read} returns NaN
 *   and the cell is counted in {@link missing};
 * - anything else: an {@link InputError} naming the file, the column and the 1-based data row.
 *
 * A column whose values are all 0 or 1 (booleans included) is {@link binary}: a conversion.
 * Mixing booleans with numbers other than 0 and 1 is an error (see {@link checkConsistent}).
 */
export class NumericColumn {
    file;
    name;
    /** Cells counted as missing. */
    missing = 0;
    /** Row of the first boolean cell (0: none). */
    firstBooleanRow = 0;
    /** Row of the first value other than 0 or 1 (0: none). */
    firstNonBinaryRow = 0;
    constructor(file, name) {
        this.file = file;
        this.name = name;
    }
    /** True when every value read so far was 0 or 1. */
    get binary() {
        return this.firstNonBinaryRow === 0;
    }
    /** The value of the field in `slot`, NaN when missing. */
    read(row, slot) {
        const start = row.starts[slot];
        const end = row.ends[slot];
        if (end - start === 1) {
            // The commonest cell of an export: a single digit (0/1 conversions, small counts).
            const digit = row.buf[start] - 48;
            if (digit >= 0 && digit <= 9) {
                if (digit > 1 && this.firstNonBinaryRow === 0)
                    this.firstNonBinaryRow = row.number;
                return digit;
            }
        }
        let value = parseDecimalFast(row.buf, start, end);
        if (value !== value)
            value = this.readSlow(row, slot);
        if (value !== 0 && value !== 1 && this.firstNonBinaryRow === 0 && value === value)
            this.firstNonBinaryRow = row.number;
        return value;
    }
    readSlow(row, slot) {
        const boolean = matchBoolean(row.buf, row.starts[slot], row.ends[slot]);
        if (boolean >= 0) {
            if (this.firstBooleanRow === 0)
                this.firstBooleanRow = row.number;
            return boolean;
        }
        const text = row.text(slot);
        const value = parseDecimalText(text);
        if (value === value)
            return value;
        if (MISSING.has(text.trim().toLowerCase())) {
            this.missing++;
            return NaN;
        }
        const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
        throw new InputError({
            file: this.file,
            path: this.name,
            row: row.number,
            message: `"${shown}" is not a number (expected a number, true/false, yes/no, or an empty cell for a missing value)`,
        });
    }
    /** Throws when the column mixed booleans with numbers other than 0 and 1. */
    checkConsistent() {
        if (this.firstBooleanRow > 0 && this.firstNonBinaryRow > 0) {
            throw new InputError({
                file: this.file,
                path: this.name,
                row: this.firstNonBinaryRow,
                message: `the column holds true/false or yes/no values (first on row ${this.firstBooleanRow}) and numbers other than 0 and 1`,
            });
        }
    }
}
const MISSING = new Set(['', 'na', 'n/a', 'nan', 'null', 'none']);
/** 1 for true/yes, 0 for false/no (any case), -1 for anything else; straight from the bytes. */
function matchBoolean(buf, start, end) {
    const length = end - start;
    if (length < 2 || length > 5)
        return -1;
    let word = '';
    for (let i = start; i < end; i++)
        word += String.fromCharCode(buf[i] | 0x20);
    if (word === 'true' || word === 'yes')
        return 1;
    if (word === 'false' || word === 'no')
        return 0;
    return -1;
}
//# sourceMappingURL=NumericColumn.js.map