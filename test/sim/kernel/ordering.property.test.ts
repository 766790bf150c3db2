import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Environment } from '../../../src/sim/kernel/index.js';
import { scaledRuns } from '../../support/fastCheckSeed.js';

/**
 * Differential property: the kernel fires events in exactly the order of a naive reference queue
 * (linear scan for the smallest (time, priority, sequence)), for random schedules where handlers
 * schedule more events, cancel earlier ones and peek. Few distinct delays and priorities make
 * ties common, which is where ordering bugs hide.
 */
interface Action {
  children: { delay: number; priority: number }[];
  /** Cancel the id created this many schedules ago (0 = none). */
  cancelBack: number;
  peek: boolean;
}

const actionArbitrary = fc.record({
  children: fc.array(fc.record({ delay: fc.constantFrom(0, 0.5, 1, 2, 3.25), priority: fc.integer({ min: -2, max: 2 }) }), { maxLength: 3 }),
  cancelBack: fc.nat({ max: 6 }),
  peek: fc.boolean(),
});

const MAX_EVENTS = 400;

function runKernel(initial: Action['children'], plan: Action[]): { fired: number[]; cancels: boolean[]; now: number } {
  const env = new Environment({ initialCapacity: 16 });
  const ids: number[] = [];
  const fired: number[] = [];
  const cancels: boolean[] = [];
  const add = (delay: number, priority: number): void => {
    ids.push(env.schedule(delay, handler, ids.length, priority));
  };
  function handler(e: Environment, label: number): void {
    fired.push(label);
    const action = plan[label % plan.length];
    for (const child of action.children) if (ids.length < MAX_EVENTS) add(child.delay, child.priority);
    if (action.cancelBack > 0 && ids.length >= action.cancelBack) cancels.push(e.cancel(ids[ids.length - action.cancelBack]));
    if (action.peek) e.peek();
  }
  for (const child of initial) add(child.delay, child.priority);
  env.run();
  return { fired, cancels, now: env.now };
}

function runReference(initial: Action['children'], plan: Action[]): { fired: number[]; cancels: boolean[]; now: number } {
  const queue: { time: number; priority: number; label: number }[] = [];
  const fired: number[] = [];
  const cancels: boolean[] = [];
  let now = 0;
  let created = 0;
  const add = (delay: number, priority: number): void => {
    queue.push({ time: now + delay, priority, label: created++ });
  };
  for (const child of initial) add(child.delay, child.priority);
  while (queue.length > 0) {
    let best = 0;
    for (let i = 1; i < queue.length; i++) {
      const a = queue[i];
      const b = queue[best];
      if (a.time < b.time || (a.time === b.time && (a.priority < b.priority || (a.priority === b.priority && a.label < b.label)))) best = i;
    }
    const [event] = queue.splice(best, 1);
    now = event.time;
    fired.push(event.label);
    const action = plan[event.label % plan.length];
    for (const child of action.children) if (created < MAX_EVENTS) add(child.delay, child.priority);
    if (action.cancelBack > 0 && created >= action.cancelBack) {
      const index = queue.findIndex((e) => e.label === created - action.cancelBack);
      cancels.push(index >= 0);
      if (index >= 0) queue.splice(index, 1);
    }
  }
  return { fired, cancels, now };
}

describe('event order (fast-check)', () => {
  it('matches a naive (time, priority, sequence) queue, with nested schedules, cancels and peeks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ delay: fc.constantFrom(0, 0.5, 1, 2, 3.25), priority: fc.integer({ min: -2, max: 2 }) }), { minLength: 1, maxLength: 30 }),
        fc.array(actionArbitrary, { minLength: 1, maxLength: 20 }),
        (initial, plan) => {
          expect(runKernel(initial, plan)).toEqual(runReference(initial, plan));
        },
      ),
      { numRuns: scaledRuns(300) },
    );
  });

  it('fires in sorted (time, priority, sequence) order for random one-shot schedules', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ time: fc.double({ min: 0, max: 100, noNaN: true }), priority: fc.integer({ min: -3, max: 3 }) }), { maxLength: 200 }),
        (events) => {
          const env = new Environment({ initialCapacity: 16 });
          const fired: number[] = [];
          events.forEach((event, sequence) => env.at(event.time, (_, label) => fired.push(label), sequence, event.priority));
          env.run();
          const expected = events
            .map((event, sequence) => ({ ...event, sequence }))
            .sort((a, b) => a.time - b.time || a.priority - b.priority || a.sequence - b.sequence)
            .map((event) => event.sequence);
          expect(fired).toEqual(expected);
        },
      ),
      { numRuns: scaledRuns(300) },
    );
  });
});
