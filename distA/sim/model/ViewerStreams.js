/**
 * Private random streams for each viewer present, kept in one typed array (no objects per viewer).
 *
 * Why per viewer: draws made *during* a stay (when to chat next, whether to buy at a decision
 * moment, coupons, sharing) interleave across viewers in event order. Drawn from one shared
 * stream, a single extra purchase in one arm of an experiment would shift every later viewer's
 * draws. With a private stream per viewer and purpose, a viewer's draws depend only on that
 * viewer's own history, so arms share common random numbers viewer by viewer.
 *
 * Each viewer gets a 64-bit key from the run's seeded stream on arrival; each purpose (chat,
 * decide) gets a Small Fast Counting generator (sfc32, 128-bit state, 32-bit outputs) seeded
 * from the key and the purpose through MurmurHash3's finaliser, so its 96 state bits are already
 * well mixed and need no warm-up (the 12 steps its author recommends are for weak seeds such as
 * small integers). sfc32 passes PractRand to 2^40+ bytes; a viewer draws a
 * few hundred values. test/sim/model/ViewerStreams.test.ts checks uniformity and independence.
 * Source: Chris Doty-Humphrey, PractRand (sfc32); Austin Appleby, MurmurHash3 (fmix32).
 */
export const PURPOSE_CHAT = 0;
export const PURPOSE_DECIDE = 1;
const PURPOSES = 2;
const WORDS = 4;
const WARM_UP = 0;
const TWO_TO_32 = 4294967296;
export class ViewerStreams {
    state;
    constructor(capacity) {
        this.state = new Uint32Array(capacity * PURPOSES * WORDS);
    }
    /** Viewer slots with room for their streams. */
    get capacity() {
        return this.state.length / (PURPOSES * WORDS);
    }
    /** Make room for `capacity` viewer slots, keeping existing states. */
    grow(capacity) {
        const next = new Uint32Array(capacity * PURPOSES * WORDS);
        next.set(this.state);
        this.state = next;
    }
    /** Seed both streams of a slot from a 64-bit key given as two 32-bit halves. */
    seed(slot, keyHigh, keyLow) {
        for (let purpose = 0; purpose < PURPOSES; purpose++) {
            const offset = (slot * PURPOSES + purpose) * WORDS;
            const salt = Math.imul(purpose + 1, 0x9e3779b9);
            this.state[offset] = fmix32(keyHigh ^ salt);
            this.state[offset + 1] = fmix32(keyLow + salt);
            this.state[offset + 2] = fmix32(keyHigh ^ Math.imul(keyLow, 0x85ebca6b) ^ 0x5bd1e995);
            this.state[offset + 3] = 1;
            for (let step = 0; step < WARM_UP; step++)
                this.next(slot, purpose);
        }
    }
    /** Next uniform in [0, 1) (a multiple of 2^-32) from a slot's stream for `purpose`. */
    next(slot, purpose) {
        const s = this.state;
        const o = (slot * PURPOSES + purpose) * WORDS;
        const a = s[o];
        const b = s[o + 1];
        const c = s[o + 2];
        const d = s[o + 3];
        const t = (((a + b) | 0) + d) | 0;
        s[o] = b ^ (b >>> 9);
        s[o + 1] = (c + (c << 3)) | 0;
        s[o + 2] = (((c << 21) | (c >>> 11)) + t) | 0;
        s[o + 3] = (d + 1) | 0;
        return (t >>> 0) / TWO_TO_32;
    }
}
/** MurmurHash3's 32-bit finaliser: every input bit affects every output bit. */
export function fmix32(h) {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
}
//# sourceMappingURL=ViewerStreams.js.map