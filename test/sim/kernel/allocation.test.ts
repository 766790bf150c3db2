import { Session } from 'node:inspector/promises';
import { describe, expect, it } from 'vitest';
import { Environment, type EventHandler } from '../../../src/sim/kernel/index.js';

/**
 * The hot path (module-level handlers, integer targets, ids kept in a typed array) must not
 * allocate per event. V8's sampling heap profiler, told to keep what the young-generation GC
 * already collected, counts the bytes allocated while 1 million events run. A regression such as
 * a `now` field V8 stores tagged, or an event id boxed on return, costs ≥ 16 bytes per event; the
 * bound is 2.
 *
 * Five distinct handlers make the kernel's call site megamorphic, as in a real model, so each
 * handler is optimised on its own with `schedule` inlined. (A double passed to a call V8 did not
 * inline is boxed by the caller: a cost of the caller's code, not the kernel's.)
 */
// Test-side state lives in typed arrays too: a module-level `let` holding a double would itself
// allocate on every store.
const lcg = new Float64Array([1]);
const ids = new Float64Array(1000);
function delay(): number {
  lcg[0] = (lcg[0] * 48271) % 2147483647;
  return lcg[0] / 2147483647;
}
const h0: EventHandler = (env, t) => void (ids[t] = env.schedule(delay(), h1, t));
const h1: EventHandler = (env, t) => void (ids[t] = env.schedule(delay(), h2, t));
const h2: EventHandler = (env, t) => void (ids[t] = env.schedule(delay(), h3, t));
const h3: EventHandler = (env, t) => void (ids[t] = env.schedule(delay(), h4, t));
const h4: EventHandler = (env, t) => void (ids[t] = env.schedule(delay(), h0, t));

function run(events: number): void {
  const env = new Environment({ initialCapacity: 2048 });
  for (let target = 0; target < 1000; target++) ids[target] = env.schedule(target / 1000, h0, target);
  while (env.eventsProcessed < events) env.run({ until: env.now + 10 });
}

describe('kernel hot path allocation', () => {
  it('allocates less than 2 bytes per event (1 million events, after warm-up)', async () => {
    run(2_000_000); // let the optimising compiler settle
    const session = new Session();
    session.connect();
    try {
      await session.post('HeapProfiler.startSampling', {
        samplingInterval: 512,
        includeObjectsCollectedByMinorGC: true,
        includeObjectsCollectedByMajorGC: true,
      });
      run(1_000_000);
      const { profile } = await session.post('HeapProfiler.stopSampling');
      const total = (node: typeof profile.head): number => node.selfSize + node.children.reduce((sum, child) => sum + total(child), 0);
      expect(total(profile.head) / 1_000_000).toBeLessThan(2);
    } finally {
      session.disconnect();
    }
  });
});
