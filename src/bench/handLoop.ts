import { answerAsChild } from './childProcess.js';
import { REFERENCE_SECONDS as T, referenceDraws } from './referenceDraws.js';

/**
 * The reference workload (/work/shared/bench/REFERENCE-MODEL.md) as a minimal hand-written loop:
 * its own binary heap in two typed arrays, one pending event per viewer (the next chat, or the
 * departure when it comes first), purchases and departures removing the viewer. No kernel, no
 * model, no handlers. It is what the reference page's "hand-written Node loop, heap in typed
 * arrays" measures (2.63 M events/s on the machine that wrote the page), run here on this
 * machine at the same time as the model, so the model's figure can be read against it: the
 * page's target for the full model, 1.5 M events/s, is 57% of its hand-written loop.
 *
 * Draws use the project's seeded samplers (nothing unseeded); events are counted as the page counts
 * them: arrival candidates + chats + natural departures + purchases + 3 host events.
 */
export interface HandLoopResult {
  events: number;
  arrivals: number;
  purchases: number;
  peakViewers: number;
  wallSeconds: number;
}

const DEPARTURE_BIT = 0x40000000;

/** Run the workload once in this process (seed as in the kernel section). */
export function runHandLoop(seed: number): HandLoopResult {
  const start = process.hrtime.bigint();
  const { arrivalTimes: arrivals, interest: drawInterest, watch: drawWatch, chatGap: drawChatGap, decision } = referenceDraws(seed);

  let capacity = 1 << 16;
  let heapTime = new Float64Array(capacity);
  let heapId = new Int32Array(capacity);
  let size = 0;
  let interest = new Float64Array(capacity);
  let departure = new Float64Array(capacity);
  let present = new Int32Array(capacity);
  let position = new Int32Array(capacity);
  let alive = new Uint8Array(capacity);
  let viewers = 0;
  let count = 0;
  let peak = 0;
  let chats = 0;
  let departures = 0;
  let purchases = 0;

  const push = (time: number, id: number): void => {
    let at = size++;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (heapTime[parent] <= time) break;
      heapTime[at] = heapTime[parent];
      heapId[at] = heapId[parent];
      at = parent;
    }
    heapTime[at] = time;
    heapId[at] = id;
  };
  const pop = (): void => {
    const last = --size;
    const time = heapTime[last];
    const id = heapId[last];
    let at = 0;
    for (let child = 1; child < size; child = 2 * at + 1) {
      if (child + 1 < size && heapTime[child + 1] < heapTime[child]) child++;
      if (time <= heapTime[child]) break;
      heapTime[at] = heapTime[child];
      heapId[at] = heapId[child];
      at = child;
    }
    heapTime[at] = time;
    heapId[at] = id;
  };
  const grow = (): void => {
    capacity *= 2;
    const bigger = <A extends Float64Array | Int32Array | Uint8Array>(from: A, to: A): A => (to.set(from), to);
    heapTime = bigger(heapTime, new Float64Array(capacity));
    heapId = bigger(heapId, new Int32Array(capacity));
    interest = bigger(interest, new Float64Array(capacity));
    departure = bigger(departure, new Float64Array(capacity));
    present = bigger(present, new Int32Array(capacity));
    position = bigger(position, new Int32Array(capacity));
    alive = bigger(alive, new Uint8Array(capacity));
  };
  const leave = (viewer: number): void => {
    alive[viewer] = 0;
    const at = position[viewer];
    const last = present[--count];
    present[at] = last;
    position[last] = at;
  };
  const scheduleNext = (viewer: number, now: number): void => {
    const chat = now + drawChatGap();
    if (chat < departure[viewer]) push(chat, viewer);
    else push(departure[viewer], viewer | DEPARTURE_BIT);
  };
  /** P(buy) = logistic(−3 + 1.5·interest + ad); a purchase ends the stay. */
  const decide = (viewer: number, ad: number): boolean => {
    if (decision() >= 1 / (1 + Math.exp(3 - 1.5 * interest[viewer] - ad))) return false;
    purchases++;
    leave(viewer);
    return true;
  };

  const hostTimes = [600, 1800, 2100];
  let host = 0;
  let flashSale = false;
  let nextArrival = arrivals.next();
  for (;;) {
    const heapNext = size > 0 ? heapTime[0] : Infinity;
    const hostNext = host < hostTimes.length ? hostTimes[host] : Infinity;
    const now = Math.min(nextArrival, heapNext, hostNext);
    if (!(now <= T)) break;
    if (now === hostNext) {
      host++;
      flashSale = host === 2;
      // At the pin and at the flash sale every viewer present decides once (backwards: removal swaps).
      if (host <= 2) for (let at = count - 1; at >= 0; at--) decide(present[at], host === 1 ? 0.5 : 1);
    } else if (now === nextArrival) {
      nextArrival = arrivals.next();
      if (viewers + 1 >= capacity || size + 1 >= capacity) grow();
      const viewer = viewers++;
      interest[viewer] = drawInterest();
      departure[viewer] = now + drawWatch();
      alive[viewer] = 1;
      position[viewer] = count;
      present[count++] = viewer;
      if (count > peak) peak = count;
      if (!(flashSale && decide(viewer, 1))) scheduleNext(viewer, now);
    } else {
      const id = heapId[0];
      pop();
      const viewer = id & ~DEPARTURE_BIT;
      if (alive[viewer] === 0) continue;
      if ((id & DEPARTURE_BIT) !== 0) {
        departures++;
        leave(viewer);
      } else {
        chats++;
        scheduleNext(viewer, now);
      }
    }
  }
  const wallSeconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { events: arrivals.candidates + chats + departures + purchases + 3, arrivals: viewers, purchases, peakViewers: peak, wallSeconds };
}

// Child-process entry: `node dist/bench/handLoop.js child SEED` prints one JSON result.
answerAsChild(import.meta.url, { child: ([seed]) => runHandLoop(Number(seed)) });
