/** At most 2^24 events may be pending at once; the rest of an EventId holds a generation. */
const SLOT_LIMIT = 2 ** 24;
const GENERATION_MASK = 2 ** 29 - 1;
/** Compact a heap whose entries are more than half cancelled, once it has this many. */
const COMPACT_MINIMUM = 1024;
const noop = () => { };
/**
 * The pending events of an {@link Environment}: a binary min-heap ordered by
 * (time, priority, sequence), where `sequence` counts schedules so equal (time, priority) pairs
 * come out first-in first-out. Everything lives in typed arrays that double when full and are
 * never reallocated otherwise, so the hot path allocates nothing:
 *
 *   heap (by position):  time Float64 · slot Int32
 *   slots (by slot):     handler · target Float64 · priority Int32 · sequence Float64 ·
 *                        generation Int32 (−1 = cancelled or free)
 *
 * Sifting moves only (time, slot) pairs; priority and sequence are looked up through the slot
 * only when two times are equal, which continuous-time models make rare.
 *
 * An EventId is generation·2^24 + slot, where the generation is a schedule counter modulo 2^29,
 * so a stale id cannot cancel a newer event in the same slot unless exactly a multiple of
 * 2^29 ≈ 5.4·10⁸ schedules separate them. Cancellation is lazy (the entry stays until it
 * reaches the top) with a compaction once more than half the heap is cancelled, so memory stays
 * proportional to the pending set.
 */
export class EventQueue {
    size = 0;
    live = 0;
    heapTime;
    heapSlot;
    handlers;
    targets;
    priorities;
    sequences;
    generations;
    freeSlots;
    freeCount = 0;
    nextSequence = 0;
    generation = 0;
    constructor(initialCapacity = 1024) {
        const capacity = Math.max(16, Math.min(SLOT_LIMIT, Math.ceil(initialCapacity)));
        this.heapTime = new Float64Array(capacity);
        this.heapSlot = new Int32Array(capacity);
        this.handlers = Array.from({ length: capacity }, () => noop);
        this.targets = new Float64Array(capacity);
        this.priorities = new Int32Array(capacity);
        this.sequences = new Float64Array(capacity);
        this.generations = new Int32Array(capacity).fill(-1);
        this.freeSlots = new Int32Array(capacity);
        for (let i = 0; i < capacity; i++)
            this.freeSlots[i] = capacity - 1 - i;
        this.freeCount = capacity;
    }
    /** Slots allocated (for memory tests): grows by doubling, never shrinks. */
    get capacity() {
        return this.heapTime.length;
    }
    /** Add an event; returns its slot (a small integer, so the call never boxes its result). */
    push(time, priority, handler, target) {
        if (this.freeCount === 0)
            this.grow();
        const slot = this.freeSlots[--this.freeCount];
        const generation = (this.generation = (this.generation + 1) & GENERATION_MASK);
        this.handlers[slot] = handler;
        this.targets[slot] = target;
        this.priorities[slot] = priority;
        this.sequences[slot] = this.nextSequence++;
        this.generations[slot] = generation;
        this.live++;
        this.siftUp(this.size++, time, slot);
        return slot;
    }
    /** The id of the event now in `slot`: generation · 2^24 + slot. */
    idOf(slot) {
        return this.generations[slot] * SLOT_LIMIT + slot;
    }
    /** Remove the top entry and return its slot; the caller reads it, then calls `release`. */
    popSlot() {
        const top = this.heapSlot[0];
        const last = --this.size;
        if (last > 0)
            this.siftDown(0, this.heapTime[last], this.heapSlot[last]);
        return top;
    }
    /** Whether the popped slot still holds a live (not cancelled) event. */
    isLive(slot) {
        return this.generations[slot] >= 0;
    }
    /** Return a popped slot to the free list (decrementing `live` if it was not cancelled). */
    release(slot) {
        if (this.generations[slot] >= 0)
            this.live--;
        this.generations[slot] = -1;
        this.handlers[slot] = noop;
        this.freeSlots[this.freeCount++] = slot;
    }
    cancel(id) {
        if (!(Number.isSafeInteger(id) && id >= 0))
            throw new TypeError(`cancel: not an event id: ${id}`);
        const slot = id % SLOT_LIMIT;
        const generation = (id - slot) / SLOT_LIMIT;
        if (slot >= this.capacity || this.generations[slot] !== generation)
            return false;
        this.generations[slot] = -1;
        this.handlers[slot] = noop;
        this.live--;
        if (this.size - this.live > COMPACT_MINIMUM && 2 * this.live < this.size)
            this.compact();
        return true;
    }
    /** Time of the earliest live event (dropping cancelled entries on top), Infinity if none. */
    peekTime() {
        while (this.size > 0 && this.generations[this.heapSlot[0]] < 0)
            this.release(this.popSlot());
        return this.size > 0 ? this.heapTime[0] : Infinity;
    }
    /** Between entries of equal time: smaller priority first, then earlier scheduled. */
    tieBefore(slotA, slotB) {
        const priorityA = this.priorities[slotA];
        const priorityB = this.priorities[slotB];
        return priorityA !== priorityB ? priorityA < priorityB : this.sequences[slotA] < this.sequences[slotB];
    }
    siftUp(position, time, slot) {
        const { heapTime, heapSlot } = this;
        while (position > 0) {
            const parent = (position - 1) >> 1;
            const parentTime = heapTime[parent];
            if (parentTime < time || (parentTime === time && this.tieBefore(heapSlot[parent], slot)))
                break;
            heapTime[position] = parentTime;
            heapSlot[position] = heapSlot[parent];
            position = parent;
        }
        heapTime[position] = time;
        heapSlot[position] = slot;
    }
    siftDown(position, time, slot) {
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
            if (time < childTime || (time === childTime && this.tieBefore(slot, heapSlot[child])))
                break;
            heapTime[position] = childTime;
            heapSlot[position] = heapSlot[child];
            position = child;
        }
        heapTime[position] = time;
        heapSlot[position] = slot;
    }
    /** Drop cancelled entries and re-heapify bottom-up (Floyd 1964), O(n). */
    compact() {
        let kept = 0;
        for (let position = 0; position < this.size; position++) {
            const slot = this.heapSlot[position];
            if (this.generations[slot] < 0) {
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
    grow() {
        const old = this.capacity;
        if (old >= SLOT_LIMIT)
            throw new RangeError(`EventQueue: more than ${SLOT_LIMIT} pending events`);
        const capacity = Math.min(SLOT_LIMIT, old * 2);
        this.heapTime = resized(this.heapTime, new Float64Array(capacity));
        this.heapSlot = resized(this.heapSlot, new Int32Array(capacity));
        this.targets = resized(this.targets, new Float64Array(capacity));
        this.priorities = resized(this.priorities, new Int32Array(capacity));
        this.sequences = resized(this.sequences, new Float64Array(capacity));
        this.generations = resized(this.generations, new Int32Array(capacity).fill(-1));
        this.freeSlots = resized(this.freeSlots, new Int32Array(capacity));
        for (let slot = old; slot < capacity; slot++)
            this.handlers.push(noop);
        for (let slot = capacity - 1; slot >= old; slot--)
            this.freeSlots[this.freeCount++] = slot;
    }
}
function resized(from, to) {
    to.set(from);
    return to;
}
//# sourceMappingURL=EventQueue.js.map