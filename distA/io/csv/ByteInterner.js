import { hashBytes32 } from './hashBytes.js';
/** Up to this many distinct values, a lookup compares bytes with each (cheaper than a hash). */
const LINEAR_SCAN_KEYS = 8;
/**
 * Interns the values of a label column (variant, segment) to small integers 0, 1, 2, … in order
 * of first sight, comparing bytes, so the hot loop never makes a string: a row costs one hash and
 * one byte comparison. The decoded name is made once, when a value is first seen.
 *
 * Two byte spellings of one name (a quoted field with doubled quotes and its plain twin) share
 * an id. Memory: the distinct values' bytes plus a small table; `limit` guards against a column
 * that is not a label at all (a user id given as the variant column).
 */
export class ByteInterner {
    limit;
    onTooMany;
    /** Decoded names by id. */
    names = [];
    slots = new Int32Array(64);
    keys = Buffer.allocUnsafe(1024);
    keysUsed = 0;
    keyStart = [];
    keyEnd = [];
    keyId = [];
    byName = new Map();
    /** @param onTooMany called (and expected to throw) when a new value would exceed `limit` */
    constructor(limit, onTooMany) {
        this.limit = limit;
        this.onTooMany = onTooMany;
    }
    /** The id of the field's value, interning it when new. */
    idOf(row, slot) {
        const { buf } = row;
        const start = row.starts[slot];
        const end = row.ends[slot];
        // A handful of values (the usual variant column): comparing bytes beats hashing them.
        const keys = this.keyStart.length;
        if (keys <= LINEAR_SCAN_KEYS) {
            for (let key = 0; key < keys; key++)
                if (this.sameBytes(key, buf, start, end))
                    return this.keyId[key];
        }
        const mask = this.slots.length - 1;
        for (let index = hashBytes32(buf, start, end) & mask;; index = (index + 1) & mask) {
            const entry = this.slots[index];
            if (entry === 0)
                return this.add(row, slot, index);
            if (this.sameBytes(entry - 1, buf, start, end))
                return this.keyId[entry - 1];
        }
    }
    sameBytes(key, buf, start, end) {
        const keyStart = this.keyStart[key];
        if (this.keyEnd[key] - keyStart !== end - start)
            return false;
        const keys = this.keys;
        for (let i = 0; i < end - start; i++)
            if (keys[keyStart + i] !== buf[start + i])
                return false;
        return true;
    }
    add(row, slot, index) {
        const name = row.text(slot);
        let id = this.byName.get(name);
        if (id === undefined) {
            if (this.names.length >= this.limit)
                this.onTooMany(row, slot);
            id = this.names.length;
            this.names.push(name);
            this.byName.set(name, id);
        }
        const length = row.ends[slot] - row.starts[slot];
        if (this.keysUsed + length > this.keys.length) {
            const bigger = Buffer.allocUnsafe(2 * (this.keysUsed + length));
            this.keys.copy(bigger, 0, 0, this.keysUsed);
            this.keys = bigger;
        }
        row.buf.copy(this.keys, this.keysUsed, row.starts[slot], row.ends[slot]);
        this.keyStart.push(this.keysUsed);
        this.keyEnd.push(this.keysUsed + length);
        this.keyId.push(id);
        this.keysUsed += length;
        this.slots[index] = this.keyStart.length;
        if (this.keyStart.length * 2 > this.slots.length)
            this.rehash();
        return id;
    }
    rehash() {
        this.slots = new Int32Array(this.slots.length * 2);
        const mask = this.slots.length - 1;
        for (let key = 0; key < this.keyStart.length; key++) {
            let index = hashBytes32(this.keys, this.keyStart[key], this.keyEnd[key]) & mask;
            while (this.slots[index] !== 0)
                index = (index + 1) & mask;
            this.slots[index] = key + 1;
        }
    }
}
//# sourceMappingURL=ByteInterner.js.map