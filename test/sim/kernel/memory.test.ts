import { describe, expect, it } from 'vitest';
import { Environment, type EventHandler } from '../../../src/sim/kernel/index.js';

// Storage must track the pending set, not the number of events processed.
describe('kernel storage stays bounded', () => {
  it('2 million events with 1,000 pending: capacity never grows past 1,024', () => {
    const env = new Environment({ initialCapacity: 1024 });
    let state = 1;
    const hold: EventHandler = (e, target) => {
      state = (state * 48271) % 2147483647; // deterministic gaps, no Rng needed here
      e.schedule(state / 2147483647, hold, target);
    };
    for (let i = 0; i < 1000; i++) env.schedule(i / 1000, hold, i);
    for (let round = 0; round < 20; round++) {
      env.run({ until: env.now + 100 });
      expect(env.capacity).toBe(1024);
      expect(env.pending).toBe(1000);
    }
    expect(env.eventsProcessed).toBeGreaterThan(1_900_000);
  });

  it('a million far-future events scheduled then cancelled leave storage small (compaction)', () => {
    const env = new Environment({ initialCapacity: 16 });
    const noop: EventHandler = () => {};
    let reschedules = 0;
    const churn: EventHandler = (e) => {
      // each tick schedules a far-future timeout and cancels it, like a watchdog being reset
      for (let i = 0; i < 100; i++) e.cancel(e.schedule(1e9, noop));
      if (++reschedules < 10_000) e.schedule(1, churn);
    };
    env.schedule(0, churn);
    env.run({ until: 20_000 });
    expect(reschedules).toBe(10_000);
    expect(env.pending).toBe(0);
    expect(env.capacity).toBeLessThanOrEqual(4096);
  });

  it('grows by doubling when the pending set does grow', () => {
    const env = new Environment({ initialCapacity: 16 });
    const noop: EventHandler = () => {};
    for (let i = 0; i < 100; i++) env.schedule(i, noop);
    expect(env.capacity).toBe(128);
    env.run();
    expect(env.eventsProcessed).toBe(100);
  });
});
