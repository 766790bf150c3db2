import { describe, expect, it } from 'vitest';
import { Environment } from '../../../src/sim/kernel/index.js';

describe('Environment.process (generator processes)', () => {
  it('resumes a generator after each yielded delay', () => {
    const env = new Environment();
    const log: string[] = [];
    function* host(): Generator<number, void, unknown> {
      log.push(`start@${env.now}`);
      yield 600;
      log.push(`pin@${env.now}`);
      yield 1200;
      log.push(`flash@${env.now}`);
    }
    env.process(host());
    env.run();
    expect(log).toEqual(['start@0', 'pin@600', 'flash@1800']);
    expect(env.eventsProcessed).toBe(3);
  });

  it('interleaves processes by time, FIFO at equal times, with callbacks in the same order', () => {
    const env = new Environment();
    const log: string[] = [];
    function* ticker(name: string, step: number): Generator<number, void, unknown> {
      for (let i = 0; i < 3; i++) {
        log.push(`${name}@${env.now}`);
        yield step;
      }
    }
    env.process(ticker('a', 2));
    env.process(ticker('b', 3));
    env.schedule(0, () => log.push('callback@0'));
    env.run();
    expect(log).toEqual(['a@0', 'b@0', 'callback@0', 'a@2', 'b@3', 'a@4', 'b@6']);
  });

  it('starts a process at the current time, after events already due then', () => {
    const env = new Environment();
    const log: string[] = [];
    env.schedule(5, (e) => {
      e.process(
        // eslint-disable-next-line require-yield -- a process that finishes without waiting
        (function* (): Generator<number, void, unknown> {
          log.push(`process@${e.now}`);
        })(),
      );
    });
    env.schedule(5, () => log.push('sibling'));
    env.run();
    expect(log).toEqual(['sibling', 'process@5']);
  });

  it('a generator that throws, or yields something other than a delay, stops the run', () => {
    const env = new Environment();
    env.process(
      (function* (): Generator<number, void, unknown> {
        yield 1;
        throw new Error('host fainted');
      })(),
    );
    expect(() => env.run()).toThrow('host fainted');
    const other = new Environment();
    other.process(
      (function* (): Generator<number, void, unknown> {
        yield -1;
      })(),
    );
    expect(() => other.run()).toThrow(RangeError);
  });

  it('reuses process slots: many short processes do not grow storage', () => {
    const env = new Environment({ initialCapacity: 16 });
    function* short(): Generator<number, void, unknown> {
      yield 1;
    }
    for (let round = 0; round < 1000; round++) {
      env.process(short());
      env.run();
    }
    expect(env.eventsProcessed).toBe(2000);
    expect(env.capacity).toBe(16);
  });
});
