import { hashBytes64 } from './hashBytes.js';
const MAX_LOAD = 0.7;
/**
 * A set of byte-string keys (unit or cluster ids) stored only as 64-bit hashes, each given a
 * dense id 0, 1, 2, … in order of first sight, so callers keep per-key state in typed arrays.
 *
 * Open addressing with linear probing over an `Int32Array` of slots (id + 1, 0 = empty), kept at
 * most 70% full; the two hash lanes live in `Uint32Array`s indexed by id. Both double together
 * when the table is 70% full, so memory per key lies between 14 bytes (just before doubling:
 * 4 / 0.7 of slots + 8 of hashes) and 28 bytes (just after: 4 / 0.35 + 16), plus whatever per-id
 * state the caller keeps. The key bytes are never stored, so two keys whose 64-bit hashes are
 * equal count as one (see {@link hashBytes64} for the odds).
 *
 * (Keeping the hashes inside the slots, next to the id, costs 12 bytes per slot and measured no
 * faster on ten million distinct units: the time goes to one random access per row either way.)
 */
export class HashedKeyTable {
    /** Keys seen so far. */
    size = 0;
    /** Whether the last {@link idOf} call added a new key. */
    inserted = false;
    slots;
    high;
    low;
    hash = new Uint32Array(2);
    constructor(initialSlots = 1024) {
        const size = 2 ** Math.ceil(Math.log2(Math.max(16, initialSlots)));
        this.slots = new Int32Array(size);
        this.high = new Uint32Array(Math.ceil(size * MAX_LOAD));
        this.low = new Uint32Array(this.high.length);
    }
    /** The id of the key `buf[start, end)` (mixed with `seed`), adding the key when it is new. */
    idOf(buf, start, end, seed = 0) {
        hashBytes64(buf, start, end, this.hash, seed);
        const high = this.hash[0];
        const low = this.hash[1];
        const found = this.probe(high, low);
        this.inserted = found < 0;
        if (found >= 0)
            return this.slots[found] - 1;
        if (this.size + 1 > this.slots.length * MAX_LOAD)
            this.grow();
        const id = this.size++;
        this.high[id] = high;
        this.low[id] = low;
        this.slots[~this.probe(high, low)] = id + 1;
        return id;
    }
    /** The id of the key, or -1 when it was never added. */
    find(buf, start, end, seed = 0) {
        hashBytes64(buf, start, end, this.hash, seed);
        const found = this.probe(this.hash[0], this.hash[1]);
        return found < 0 ? -1 : this.slots[found] - 1;
    }
    /** Bytes held by the table (slots and hashes). */
    get memoryBytes() {
        return this.slots.byteLength + this.high.byteLength + this.low.byteLength;
    }
    /** Slot holding the key, or `~slot` of the empty slot where it would go. */
    probe(high, low) {
        const { slots } = this;
        const mask = slots.length - 1;
        for (let slot = low & mask;; slot = (slot + 1) & mask) {
            const entry = slots[slot];
            if (entry === 0)
                return ~slot;
            if (this.low[entry - 1] === low && this.high[entry - 1] === high)
                return slot;
        }
    }
    grow() {
        const slots = new Int32Array(this.slots.length * 2);
        const capacity = Math.ceil(slots.length * MAX_LOAD);
        const high = new Uint32Array(capacity);
        const low = new Uint32Array(capacity);
        high.set(this.high.subarray(0, this.size));
        low.set(this.low.subarray(0, this.size));
        this.slots = slots;
        this.high = high;
        this.low = low;
        const mask = slots.length - 1;
        for (let id = 0; id < this.size; id++) {
            let slot = low[id] & mask;
            while (slots[slot] !== 0)
                slot = (slot + 1) & mask;
            slots[slot] = id + 1;
        }
    }
}
//# sourceMappingURL=HashedKeyTable.js.map