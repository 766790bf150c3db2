/** Flags of a viewer (bits of `flags`). */
export const SAW_LINK = 1;
export const CLICKED = 2;
/** The pending purchase uses the viewer's coupon. */
export const COUPON_PENDING = 4;
/** A follower of an earlier session of a season who came back (see ReturningViewers). */
export const RETURNING = 8;
/** `couponProduct` of a viewer without a coupon (−1 means a coupon valid for any product). */
export const NO_COUPON = -2;
/**
 * The viewers in the room, one slot each, as columns of typed arrays (structure of arrays): no
 * object per viewer and nothing allocated per event. A slot is recycled through a free list when
 * its viewer leaves, so memory grows with the peak number of concurrent viewers, not with the
 * number of viewers or events. `present` lists occupied slots densely (for "every viewer
 * present decides" moments); `position` is each slot's index in it, for O(1) removal.
 */
export class ViewerTable {
    constructor(initialCapacity = 1024) {
        this.count = 0;
        this.peak = 0;
        this.capacity = 0;
        this.freeCount = 0;
        this.resize(Math.max(16, initialCapacity));
    }
    /** Take a free slot (growing the table if needed), add it to `present`, and return it. */
    admit() {
        if (this.freeCount === 0)
            this.resize(this.capacity * 2);
        const slot = this.free[--this.freeCount];
        this.position[slot] = this.count;
        this.present[this.count++] = slot;
        if (this.count > this.peak)
            this.peak = this.count;
        return slot;
    }
    /** Remove a slot from `present` (swap with the last) and return it to the free list. */
    release(slot) {
        const at = this.position[slot];
        const last = this.present[--this.count];
        this.present[at] = last;
        this.position[last] = at;
        this.position[slot] = -1;
        this.free[this.freeCount++] = slot;
    }
    /** Bytes held by the columns (for the memory benchmark). */
    get bytes() {
        let total = 0;
        for (const value of Object.values(this))
            if (ArrayBuffer.isView(value))
                total += value.byteLength;
        return total;
    }
    resize(capacity) {
        const old = this.capacity;
        const grow = (from, make) => {
            const to = make(capacity);
            if (from !== undefined)
                to.set(from);
            return to;
        };
        const f64 = (n) => new Float64Array(n);
        this.id = grow(this.id, (n) => new Int32Array(n));
        this.segment = grow(this.segment, (n) => new Int32Array(n));
        this.source = grow(this.source, (n) => new Int8Array(n));
        this.arm = grow(this.arm, (n) => new Int8Array(n));
        this.tag = grow(this.tag, (n) => new Int16Array(n));
        this.ageBand = grow(this.ageBand, (n) => new Int16Array(n));
        this.gender = grow(this.gender, (n) => new Int16Array(n));
        this.region = grow(this.region, (n) => new Int16Array(n));
        this.arrival = grow(this.arrival, f64);
        this.departure = grow(this.departure, f64);
        this.willingnessToPay = grow(this.willingnessToPay, f64);
        this.baseInterest = grow(this.baseInterest, f64);
        this.growthAtArrival = grow(this.growthAtArrival, f64);
        this.propensity = grow(this.propensity, f64);
        this.trustShift = grow(this.trustShift, f64);
        this.nextActClock = grow(this.nextActClock, f64);
        this.acts = grow(this.acts, (n) => new Int32Array(n * 4));
        this.flags = grow(this.flags, (n) => new Uint8Array(n));
        this.bought = grow(this.bought, (n) => new Uint32Array(n));
        this.orders = grow(this.orders, (n) => new Int32Array(n));
        this.revenue = grow(this.revenue, f64);
        this.couponValue = grow(this.couponValue, f64);
        this.couponAdEffect = grow(this.couponAdEffect, f64);
        this.couponProduct = grow(this.couponProduct, (n) => new Int16Array(n));
        this.pendingProduct = grow(this.pendingProduct, (n) => new Int16Array(n));
        this.pendingPrice = grow(this.pendingPrice, f64);
        this.pendingOffer = grow(this.pendingOffer, (n) => new Int16Array(n));
        this.stayEvent = grow(this.stayEvent, f64);
        this.noticeEvent = grow(this.noticeEvent, f64);
        this.present = grow(this.present, (n) => new Int32Array(n));
        this.position = grow(this.position, (n) => new Int32Array(n));
        const free = new Int32Array(capacity);
        if (old > 0)
            free.set(this.free.subarray(0, this.freeCount));
        for (let slot = capacity - 1; slot >= old; slot--)
            free[this.freeCount++] = slot;
        this.free = free;
        this.capacity = capacity;
    }
}
//# sourceMappingURL=ViewerTable.js.map