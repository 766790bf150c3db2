import { describe, expect, it } from 'vitest';
import { Environment, type EventHandler } from '../../../src/sim/kernel/index.js';

/** Records `label` when fired, with the time. */
function recorder(log: string[], label: string): EventHandler {
  return (env) => {
    log.push(`${label}@${env.now}`);
  };
}

describe('Environment ordering', () => {
  it('runs events by time, then priority (smaller first), then scheduling order', () => {
    const env = new Environment();
    const log: string[] = [];
    env.schedule(2, recorder(log, 'late'));
    env.schedule(1, recorder(log, 'first-in'));
    env.schedule(1, recorder(log, 'urgent'), 0, -5);
    env.schedule(1, recorder(log, 'second-in'));
    env.schedule(1, recorder(log, 'lazy'), 0, 3);
    env.schedule(0, recorder(log, 'now'));
    env.run();
    expect(log).toEqual(['now@0', 'urgent@1', 'first-in@1', 'second-in@1', 'lazy@1', 'late@2']);
    expect(env.now).toBe(2);
    expect(env.eventsProcessed).toBe(6);
    expect(env.pending).toBe(0);
  });

  it('an event scheduled at the current time from a handler runs after those already due then', () => {
    const env = new Environment();
    const log: string[] = [];
    env.schedule(1, (e) => {
      log.push('a');
      e.schedule(0, recorder(log, 'a-child'));
    });
    env.schedule(1, recorder(log, 'b'));
    env.run();
    expect(log).toEqual(['a', 'b@1', 'a-child@1']);
  });

  it('passes the target to the handler, and `at` schedules at an absolute time', () => {
    const env = new Environment({ initialTime: 100 });
    const seen: number[] = [];
    const handler: EventHandler = (e, target) => seen.push(target, e.now);
    env.at(150, handler, 7);
    env.schedule(10, handler, 3);
    env.run();
    expect(seen).toEqual([3, 110, 7, 150]);
  });
});

describe('Environment.cancel', () => {
  it('a cancelled event never runs and is not counted; cancel is true once, then false', () => {
    const env = new Environment();
    const log: string[] = [];
    const id = env.schedule(1, recorder(log, 'cancelled'));
    env.schedule(2, recorder(log, 'kept'));
    expect(env.pending).toBe(2);
    expect(env.cancel(id)).toBe(true);
    expect(env.cancel(id)).toBe(false);
    expect(env.pending).toBe(1);
    env.run();
    expect(log).toEqual(['kept@2']);
    expect(env.eventsProcessed).toBe(1);
  });

  it('cancelling an event that already ran returns false, even after its slot is reused', () => {
    const env = new Environment();
    const first = env.schedule(1, () => {});
    env.run();
    const second = env.schedule(1, () => {});
    expect(env.cancel(first)).toBe(false);
    expect(env.pending).toBe(1);
    expect(env.cancel(second)).toBe(true);
  });

  it('a handler can cancel the next event due at the same time', () => {
    const env = new Environment();
    const log: string[] = [];
    let victim = -1;
    env.schedule(1, (e) => {
      log.push('killer');
      e.cancel(victim);
      e.schedule(0, recorder(log, 'after'));
    });
    victim = env.schedule(1, recorder(log, 'victim'));
    env.run();
    expect(log).toEqual(['killer', 'after@1']);
  });

  it('rejects something that is not an event id', () => {
    const env = new Environment();
    expect(() => env.cancel(-1)).toThrow(TypeError);
    expect(() => env.cancel(1.5)).toThrow(TypeError);
    expect(env.cancel(123456789)).toBe(false);
  });
});

describe('Environment.run until', () => {
  it('runs events at exactly `until`, stops before later ones, and leaves now = until', () => {
    const env = new Environment();
    const log: string[] = [];
    env.schedule(5, recorder(log, 'at-until'));
    env.schedule(5.000001, recorder(log, 'after'));
    env.run({ until: 5 });
    expect(log).toEqual(['at-until@5']);
    expect(env.now).toBe(5);
    expect(env.peek()).toBe(5.000001);
    env.run({ until: 7 });
    expect(log).toEqual(['at-until@5', 'after@5.000001']);
    expect(env.now).toBe(7);
  });

  it('advances now to `until` when the queue empties first', () => {
    const env = new Environment();
    env.run({ until: 42 });
    expect(env.now).toBe(42);
    expect(env.peek()).toBe(Infinity);
  });

  it('rejects an `until` before now, and a run started from inside a handler', () => {
    const env = new Environment({ initialTime: 10 });
    expect(() => env.run({ until: 9 })).toThrow(RangeError);
    env.schedule(1, (e) => e.run());
    expect(() => env.run()).toThrow(/already running/);
  });
});

describe('Environment validation and errors', () => {
  it('rejects bad delays, times, priorities and handlers', () => {
    const env = new Environment({ initialTime: 5 });
    const noop: EventHandler = () => {};
    expect(() => env.schedule(-1, noop)).toThrow(RangeError);
    expect(() => env.schedule(Number.NaN, noop)).toThrow(RangeError);
    expect(() => env.schedule(Infinity, noop)).toThrow(RangeError);
    expect(() => env.at(4, noop)).toThrow(RangeError);
    expect(() => env.schedule(1, noop, 0, 0.5)).toThrow(RangeError);
    expect(() => env.schedule(1, noop, 0, 2 ** 31)).toThrow(RangeError);
    expect(() => env.schedule(1, 'noop' as unknown as EventHandler)).toThrow(TypeError);
    expect(() => new Environment({ initialTime: Number.NaN })).toThrow(RangeError);
    expect(env.pending).toBe(0);
  });

  it('a handler that throws stops the run with its error; the rest can still run', () => {
    const env = new Environment();
    const log: string[] = [];
    env.schedule(1, () => {
      throw new Error('boom');
    });
    env.schedule(2, recorder(log, 'later'));
    expect(() => env.run()).toThrow('boom');
    expect(env.now).toBe(1);
    expect(env.eventsProcessed).toBe(1);
    env.run();
    expect(log).toEqual(['later@2']);
  });
});

describe('Environment.peek', () => {
  it('gives the time of the next live event, skipping cancelled ones', () => {
    const env = new Environment();
    expect(env.peek()).toBe(Infinity);
    const early = env.schedule(1, () => {});
    env.schedule(3, () => {});
    expect(env.peek()).toBe(1);
    env.cancel(early);
    expect(env.peek()).toBe(3);
  });
});
