/** Names one scheduled event, for {@link Environment.cancel}. Never reused within ~5·10⁸ schedules. */
export type EventId = number;

/** At most 2^24 events may be pending at once; the rest of an EventId holds a generation. */
const SLOT_LIMIT = 2 ** 24;
const GENERATION_MASK = 2 ** 29 - 1;
/** Compact a heap whose entries are more than half cancelled, once it has this many. */
const COMPACT_MINIMUM = 1024;
/** Fills free slots so a fired or cancelled handler is not kept alive; typed `never` so it stands in for any Handler. */
const noop = ((): void => {}) as never;
/** Numbers per slot record, and their offsets. */
const RECORD = 4;
const TARGET = 0;
const SEQUENCE = 1;
const GENERATION = 2;
const PRIORITY = 3;

/**
 * The pending events of an {@link Environment}: a binary min-heap ordered by
 * (time, priority, sequence), where `sequence` counts schedules so equal (time, priority) pairs
 * come out first-in first-out. Everything lives in typed arrays that double when full and are
 * never reallocated otherwise, so the hot path allocates nothing:
 *
 *   heap (by position):  time Float64 · slot Int32
 *   slots (by slot):     handler · record Float64 × 4: target · sequence · generation (0 =
 *                        cancelled or free) · priority
 *
 * Sifting moves only (time, slot) pairs; priority and sequence are looked up through the slot
 * only when two times are equal, which continuous-time models make rare. A slot's numbers share
 * one 32-byte record: an event popped long after it was scheduled has gone cold in the cache, and
 * reading its target and generation then costs one cache miss instead of one per column.
 *
 * An EventId is generation·2^24 + slot, where the generation is a schedule counter cycling through
 * 1 … 2^29 − 1 (0 marks a free or cancelled slot, so new typed arrays need no set-up); a stale id
 * cannot cancel a newer event in the same slot unless exactly a multiple of 2^29 − 1 ≈ 5.4·10⁸
 * schedules separate them. Cancellation is lazy (the entry stays until it
 * reaches the top) with a compaction once more than half the heap is cancelled, so memory stays
 * proportional to the pending set.
 */
export class EventQueue<Handler extends (env: never, target: number) => void> {
  size = 0;
  live = 0;
  heapTime: Float64Array;
  private heapSlot: Int32Array;
  handlers: Handler[];
  /** Per slot, RECORD numbers from slot · RECORD: TARGET, SEQUENCE, GENERATION, PRIORITY. */
  records: Float64Array;
  /** Released slots, reused last-in first-out; slots from `fresh` up have never been used. */
  private freeSlots: Int32Array;
  private freeCount = 0;
  private fresh = 0;
  private nextSequence = 0;
  private generation = 0;

  constructor(initialCapacity = 1024) {
    const capacity = Math.max(16, Math.min(SLOT_LIMIT, Math.ceil(initialCapacity)));
    this.heapTime = new Float64Array(capacity);
    this.heapSlot = new Int32Array(capacity);
    this.handlers = new Array<Handler>(capacity).fill(noop);
    this.records = new Float64Array(capacity * RECORD);
    this.freeSlots = new Int32Array(capacity);
    if (!tieBreaksPrimed) primeTieBreaks();
  }

  /** Slots allocated (for memory tests): grows by doubling, never shrinks. */
  get capacity(): number {
    return this.heapSlot.length;
  }

  /** Add an event; returns its slot (a small integer, so the call never boxes its result). */
  push(time: number, priority: number, handler: Handler, target: number): number {
    // Set-up allocates and fills nothing slot by slot: a cold run's first milliseconds go to the
    // model, and the JIT's compile thread to the model's functions rather than to set-up loops.
    let slot: number;
    if (this.freeCount > 0) slot = this.freeSlots[--this.freeCount];
    else {
      if (this.fresh === this.capacity) this.grow();
      slot = this.fresh++;
    }
    const generation = (this.generation = this.generation < GENERATION_MASK ? this.generation + 1 : 1);
    const records = this.records;
    const r = slot * RECORD;
    this.handlers[slot] = handler;
    records[r + TARGET] = target;
    records[r + SEQUENCE] = this.nextSequence++;
    records[r + GENERATION] = generation;
    records[r + PRIORITY] = priority;
    this.live++;
    this.siftUp(this.size++, time, slot);
    return slot;
  }

  /** The id of the event now in `slot`: generation · 2^24 + slot. */
  idOf(slot: number): EventId {
    return this.records[slot * RECORD + GENERATION] * SLOT_LIMIT + slot;
  }

  /** Remove the top entry and return its slot; the caller reads it, then calls `release`. */
  popSlot(): number {
    const top = this.heapSlot[0];
    const last = --this.size;
    if (last > 0) this.siftDown(0, this.heapTime[last], this.heapSlot[last]);
    return top;
  }

  /** Whether the popped slot still holds a live (not cancelled) event. */
  isLive(slot: number): boolean {
    return this.records[slot * RECORD + GENERATION] > 0;
  }

  /** The target of the event in a popped slot. */
  targetOf(slot: number): number {
    return this.records[slot * RECORD + TARGET];
  }

  /** Return a popped slot to the free list (decrementing `live` if it was not cancelled). */
  release(slot: number): void {
    const g = slot * RECORD + GENERATION;
    if (this.records[g] > 0) this.live--;
    this.records[g] = 0;
    this.handlers[slot] = noop;
    this.freeSlots[this.freeCount++] = slot;
  }

  cancel(id: EventId): boolean {
    if (!(Number.isSafeInteger(id) && id >= 0)) throw new TypeError(`cancel: not an event id: ${id}`);
    const slot = id % SLOT_LIMIT;
    const generation = (id - slot) / SLOT_LIMIT;
    if (generation === 0 || slot >= this.capacity || this.records[slot * RECORD + GENERATION] !== generation) return false;
    this.records[slot * RECORD + GENERATION] = 0;
    this.handlers[slot] = noop;
    this.live--;
    if (this.size - this.live > COMPACT_MINIMUM && 2 * this.live < this.size) this.compact();
    return true;
  }

  /** Time of the earliest live event (dropping cancelled entries on top), Infinity if none. */
  peekTime(): number {
    while (this.size > 0 && !this.isLive(this.heapSlot[0])) this.release(this.popSlot());
    return this.size > 0 ? this.heapTime[0] : Infinity;
  }

  /** Between entries of equal time: smaller priority first, then earlier scheduled. */
  private tieBefore(slotA: number, slotB: number): boolean {
    const records = this.records;
    const priorityA = records[slotA * RECORD + PRIORITY];
    const priorityB = records[slotB * RECORD + PRIORITY];
    return priorityA !== priorityB ? priorityA < priorityB : records[slotA * RECORD + SEQUENCE] < records[slotB * RECORD + SEQUENCE];
  }

  private siftUp(position: number, time: number, slot: number): void {
    const { heapTime, heapSlot } = this;
    while (position > 0) {
      const parent = (position - 1) >> 1;
      const parentTime = heapTime[parent];
      if (parentTime < time || (parentTime === time && this.tieBefore(heapSlot[parent], slot))) break;
      heapTime[position] = parentTime;
      heapSlot[position] = heapSlot[parent];
      position = parent;
    }
    heapTime[position] = time;
    heapSlot[position] = slot;
  }

  private siftDown(position: number, time: number, slot: number): void {
    const { heapTime, heapSlot, size } = this;
    for (let child = 2 * position + 1; child < size; child = 2 * position + 1) {
      let childTime = heapTime[child];
      const right = child + 1;
      if (right < size) {
        const rightTime = heapTime[right];
        if (rightTime < childTime || (rightTime === childTime && this.tieBefore(heapSlot[right], heapSlot[child]))) {
          child = right;
          childTime = rightTime;
        }
      }
      if (time < childTime || (time === childTime && this.tieBefore(slot, heapSlot[child]))) break;
      heapTime[position] = childTime;
      heapSlot[position] = heapSlot[child];
      position = child;
    }
    heapTime[position] = time;
    heapSlot[position] = slot;
  }

  /** Drop cancelled entries and re-heapify bottom-up (Floyd 1964), O(n). */
  private compact(): void {
    let kept = 0;
    for (let position = 0; position < this.size; position++) {
      const slot = this.heapSlot[position];
      if (!this.isLive(slot)) {
        this.freeSlots[this.freeCount++] = slot;
        continue;
      }
      this.heapTime[kept] = this.heapTime[position];
      this.heapSlot[kept++] = slot;
    }
    this.size = kept;
    for (let position = (kept >> 1) - 1; position >= 0; position--) {
      this.siftDown(position, this.heapTime[position], this.heapSlot[position]);
    }
  }

  private grow(): void {
    const old = this.capacity;
    if (old >= SLOT_LIMIT) throw new RangeError(`EventQueue: more than ${SLOT_LIMIT} pending events`);
    const capacity = Math.min(SLOT_LIMIT, old * 2);
    this.heapTime = resized(this.heapTime, new Float64Array(capacity));
    this.heapSlot = resized(this.heapSlot, new Int32Array(capacity));
    this.records = resized(this.records, new Float64Array(capacity * RECORD));
    this.freeSlots = resized(this.freeSlots, new Int32Array(capacity));
    for (let slot = old; slot < capacity; slot++) this.handlers.push(noop);
  }
}

let tieBreaksPrimed = false;

/**
 * Run the tie-break branches of the sifts once, on a throwaway queue, so V8 has type feedback for
 * them before it optimises. Continuous-time models rarely schedule two events at the same time
 * until some decision moment far into a run (every viewer present decides at once); code compiled
 * without feedback for that branch is thrown away there, and the event loop that inlines the sifts
 * goes back to the interpreter in the middle of the busiest part of the run.
 */
function primeTieBreaks(): void {
  tieBreaksPrimed = true;
  // V8 allocates a function's feedback vector only after several calls, so a few rounds.
  const queue = new EventQueue(16);
  for (let round = 0; round < 32; round++) {
    for (const priority of [0, 0, 0, -1, 0, 1]) queue.push(0, priority, noop, 0);
    while (queue.size > 0) queue.release(queue.popSlot());
  }
}

function resized<T extends Float64Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
