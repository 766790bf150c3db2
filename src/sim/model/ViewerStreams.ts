import { fmix32 } from '../../math/fmix32.js';
import { CHAT_STREAM, STAY_WORDS } from './ViewerTable.js';

/**
 * Private random streams for each viewer present, kept in typed arrays (no objects per viewer):
 * the chat stream in the viewer table's stay record, the decide stream in an array of its own.
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
/** Purchase decisions only (notice delay, weighing times, buy uniforms). */
export const PURPOSE_DECIDE = 1;
/**
 * Everything else drawn during a stay: coupons at giveaways, sharing and referred friends after a
 * purchase, following on exit. Kept apart from the decide stream so that a purchase (which draws
 * for sharing) never shifts the viewer's later decision uniforms: a price change then cannot
 * reshuffle the draws of decisions that follow (price monotonicity run by run).
 */
export const PURPOSE_OTHER = 2;
const PURPOSES = 3;
const WORDS = 4;
/** Words per slot in `decideState`: the decide stream, then the other stream. */
const SLOT_WORDS = 2 * WORDS;
const TWO_TO_32 = 4294967296;

/**
 * Where the chat streams live: `stayWords` holds STAY_WORDS words per slot with the chat stream's
 * 4-word state at CHAT_STREAM. In a session that is the viewer table, so an act's draw reads the
 * same cache line as the rest of the act (see ViewerTable's stay record).
 */
export interface ChatStreamStore {
  stayWords: Uint32Array;
}

export class ViewerStreams {
  /** The decide and other streams' states, 8 words per slot. */
  decideState: Uint32Array;
  private readonly chatStore: ChatStreamStore;
  private readonly ownsChatStore: boolean;

  /** Streams for `capacity` slots; the chat streams live in `chatStore`, or in an array of their own. */
  constructor(capacity: number, chatStore?: ChatStreamStore) {
    this.decideState = new Uint32Array(capacity * SLOT_WORDS);
    this.ownsChatStore = chatStore === undefined;
    this.chatStore = chatStore ?? { stayWords: new Uint32Array(capacity * STAY_WORDS) };
  }

  /** Viewer slots with room for their streams. */
  get capacity(): number {
    return this.decideState.length / SLOT_WORDS;
  }

  /** Bytes of stream state held here (the chat states count with their store when it is shared). */
  get bytes(): number {
    return this.decideState.byteLength + (this.ownsChatStore ? this.chatStore.stayWords.byteLength : 0);
  }

  /** Make room for `capacity` viewer slots, keeping existing states (a shared chat store grows with its owner). */
  grow(capacity: number): void {
    const next = new Uint32Array(capacity * SLOT_WORDS);
    next.set(this.decideState);
    this.decideState = next;
    if (this.ownsChatStore) {
      const words = new Uint32Array(capacity * STAY_WORDS);
      words.set(this.chatStore.stayWords);
      this.chatStore.stayWords = words;
    }
  }

  /** Seed the three streams of a slot from a 64-bit key given as two 32-bit halves. */
  seed(slot: number, keyHigh: number, keyLow: number): void {
    for (let purpose = 0; purpose < PURPOSES; purpose++) {
      const state = purpose === PURPOSE_CHAT ? this.chatStore.stayWords : this.decideState;
      const offset = purpose === PURPOSE_CHAT ? slot * STAY_WORDS + CHAT_STREAM : slot * SLOT_WORDS + (purpose - 1) * WORDS;
      const salt = Math.imul(purpose + 1, 0x9e3779b9);
      state[offset] = fmix32(keyHigh ^ salt);
      state[offset + 1] = fmix32(keyLow + salt);
      state[offset + 2] = fmix32(keyHigh ^ Math.imul(keyLow, 0x85ebca6b) ^ 0x5bd1e995);
      state[offset + 3] = 1;
    }
  }

  /** Next uniform in [0, 1) (a multiple of 2^-32) from a slot's stream for `purpose`. */
  next(slot: number, purpose: number): number {
    const s = purpose === PURPOSE_CHAT ? this.chatStore.stayWords : this.decideState;
    const o = purpose === PURPOSE_CHAT ? slot * STAY_WORDS + CHAT_STREAM : slot * SLOT_WORDS + (purpose - 1) * WORDS;
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
