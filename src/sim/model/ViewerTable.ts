/** Flags of a viewer (bits of `flags`). */
export const SAW_LINK = 1;
export const CLICKED = 2;
/** The pending purchase uses the viewer's coupon. */
export const COUPON_PENDING = 4;
/** A follower of an earlier session of a season who came back (see ReturningViewers). */
export const RETURNING = 8;
/** Timing "hazard": the viewer has noticed the live link and weighs it at considerations.linkPerMinute. */
export const NOTICED = 16;
/** `couponProduct` of a viewer without a coupon (−1 means a coupon valid for any product). */
export const NO_COUPON = -2;

/**
 * The `stay` record: the part of a viewer that every act reads or writes, kept together in one
 * 64-byte record per slot, so that an act touches one cache line of the table instead of one per
 * column. With thousands of viewers present, acts hit viewers in random order and the columns no
 * longer fit in the core's cache, so the number of lines an act touches sets its cost. The record
 * is seen as 8 doubles (`stay`) and as 16 32-bit words (`stayWords`):
 *
 *   doubles 0–3:  departure · propensity · next act clock · stay event
 *   words 8–11:   acts by kind (chats, likes, votes, questions)
 *   words 12–15:  the viewer's chat stream (ViewerStreams, PURPOSE_CHAT)
 */
export const STAY_FIELDS = 8;
/** 32-bit words per stay record. */
export const STAY_WORDS = 16;
/** Departure time (seconds; Infinity if the viewer stays to the end). */
export const DEPARTURE = 0;
/** Act propensity: acts per unit of the interaction clock. */
export const PROPENSITY = 1;
/** The interaction clock's reading at the viewer's next act. */
export const NEXT_ACT_CLOCK = 2;
/** The viewer's one pending own event: the next act or, after the last act, the departure (−1: none). */
export const STAY_EVENT = 3;
/** Acts so far by kind (word offset): chats, likes, votes, questions at ACTS + 0 … 3 of `stayWords`. */
export const ACTS = 8;
/** Word offset of the chat stream's 4-word state in `stayWords`. */
export const CHAT_STREAM = 12;

/**
 * The viewers in the room, one slot each, as columns of typed arrays (structure of arrays): no
 * object per viewer and nothing allocated per event. A slot is recycled through a free list when
 * its viewer leaves, so memory grows with the peak number of concurrent viewers, not with the
 * number of viewers or events. `present` lists occupied slots densely (for "every viewer
 * present decides" moments); `position` is each slot's index in it, for O(1) removal.
 */
export class ViewerTable {
  // Columns are created by resize() (declared, not initialised, so each property starts out as
  // a typed array and the object's shape never changes).
  declare capacity: number;
  declare count: number;
  declare peak: number;
  declare present: Int32Array;
  declare position: Int32Array;
  private declare free: Int32Array;
  private declare freeCount: number;

  // Per viewer, set on arrival.
  declare id: Int32Array;
  declare segment: Int32Array;
  declare source: Int8Array;
  declare arm: Int8Array;
  declare tag: Int16Array;
  declare ageBand: Int16Array;
  declare gender: Int16Array;
  declare region: Int16Array;
  declare arrival: Float64Array;
  declare willingnessToPay: Float64Array;
  declare baseInterest: Float64Array;
  declare growthAtArrival: Float64Array;
  /** Timing "hazard": the room's persuasion level V when the viewer arrived (see persuasionOf). */
  declare persuasionAtArrival: Float64Array;
  /** Added to the segment's trust in the host (0 for new viewers; returning followers trust more). */
  declare trustShift: Float64Array;
  /** The stay records as doubles (see STAY_FIELDS). */
  declare stay: Float64Array;
  /** The same records as 32-bit words (see STAY_WORDS). */
  declare stayWords: Uint32Array;
  // Changing during the stay.
  declare flags: Uint8Array;
  declare bought: Uint32Array;
  declare orders: Int32Array;
  declare revenue: Float64Array;
  /** Seconds since the start of the viewer's first purchase (−1: none yet). */
  declare firstPurchase: Float64Array;
  declare couponValue: Float64Array;
  declare couponAdEffect: Float64Array;
  declare couponProduct: Int16Array;
  declare pendingProduct: Int16Array;
  declare pendingPrice: Float64Array;
  declare pendingOffer: Int16Array;
  declare noticeEvent: Float64Array;
  /** Timing "hazard": the viewer's pending weighing event (−1: none). */
  declare considerEvent: Float64Array;

  constructor(initialCapacity = 1024) {
    this.count = 0;
    this.peak = 0;
    this.capacity = 0;
    this.freeCount = 0;
    this.resize(Math.max(16, initialCapacity));
  }

  /** Take a free slot (growing the table if needed), add it to `present`, and return it. */
  admit(): number {
    if (this.freeCount === 0) this.resize(this.capacity * 2);
    const slot = this.free[--this.freeCount];
    this.position[slot] = this.count;
    this.present[this.count++] = slot;
    if (this.count > this.peak) this.peak = this.count;
    return slot;
  }

  /** Remove a slot from `present` (swap with the last) and return it to the free list. */
  release(slot: number): void {
    const at = this.position[slot];
    const last = this.present[--this.count];
    this.present[at] = last;
    this.position[last] = at;
    this.position[slot] = -1;
    this.free[this.freeCount++] = slot;
  }

  /** Bytes held by the columns (for the memory benchmark). */
  get bytes(): number {
    let total = 0;
    for (const value of Object.values(this)) if (ArrayBuffer.isView(value) && value !== this.stayWords) total += value.byteLength;
    return total;
  }

  private resize(capacity: number): void {
    const old = this.capacity;
    const grow = <T extends Float64Array | Int32Array | Int16Array | Int8Array | Uint8Array | Uint32Array>(
      from: T | undefined,
      make: (n: number) => T,
    ): T => {
      const to = make(capacity);
      if (from !== undefined) to.set(from);
      return to;
    };
    const f64 = (n: number) => new Float64Array(n);
    this.id = grow(this.id, (n) => new Int32Array(n));
    this.segment = grow(this.segment, (n) => new Int32Array(n));
    this.source = grow(this.source, (n) => new Int8Array(n));
    this.arm = grow(this.arm, (n) => new Int8Array(n));
    this.tag = grow(this.tag, (n) => new Int16Array(n));
    this.ageBand = grow(this.ageBand, (n) => new Int16Array(n));
    this.gender = grow(this.gender, (n) => new Int16Array(n));
    this.region = grow(this.region, (n) => new Int16Array(n));
    this.arrival = grow(this.arrival, f64);
    this.willingnessToPay = grow(this.willingnessToPay, f64);
    this.baseInterest = grow(this.baseInterest, f64);
    this.growthAtArrival = grow(this.growthAtArrival, f64);
    this.persuasionAtArrival = grow(this.persuasionAtArrival, f64);
    this.trustShift = grow(this.trustShift, f64);
    const stay = new Float64Array(capacity * STAY_FIELDS);
    if (this.stay !== undefined) stay.set(this.stay);
    this.stay = stay;
    this.stayWords = new Uint32Array(stay.buffer);
    this.flags = grow(this.flags, (n) => new Uint8Array(n));
    this.bought = grow(this.bought, (n) => new Uint32Array(n));
    this.orders = grow(this.orders, (n) => new Int32Array(n));
    this.revenue = grow(this.revenue, f64);
    this.firstPurchase = grow(this.firstPurchase, f64);
    this.couponValue = grow(this.couponValue, f64);
    this.couponAdEffect = grow(this.couponAdEffect, f64);
    this.couponProduct = grow(this.couponProduct, (n) => new Int16Array(n));
    this.pendingProduct = grow(this.pendingProduct, (n) => new Int16Array(n));
    this.pendingPrice = grow(this.pendingPrice, f64);
    this.pendingOffer = grow(this.pendingOffer, (n) => new Int16Array(n));
    this.noticeEvent = grow(this.noticeEvent, f64);
    this.considerEvent = grow(this.considerEvent, f64);
    this.present = grow(this.present, (n) => new Int32Array(n));
    this.position = grow(this.position, (n) => new Int32Array(n));
    const free = new Int32Array(capacity);
    if (old > 0) free.set(this.free.subarray(0, this.freeCount));
    for (let slot = capacity - 1; slot >= old; slot--) free[this.freeCount++] = slot;
    this.free = free;
    this.capacity = capacity;
  }
}
