import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { PiecewiseClock } from '../../../src/sim/model/index.js';

describe('PiecewiseClock', () => {
  test('cumulative time and its inverse on a worked example', () => {
    const clock = new PiecewiseClock([0, 60, 120], [1, 2, 0]);
    expect(clock.cumulativeAt(30)).toBe(30);
    expect(clock.cumulativeAt(90)).toBe(120);
    expect(clock.cumulativeAt(500)).toBe(180);
    expect(clock.timeWhen(120)).toBe(90);
    expect(clock.timeWhen(180)).toBe(120);
    // The last piece has speed 0: later operational times are never reached.
    expect(clock.timeWhen(181)).toBe(Infinity);
    expect(clock.advance(100, 10)).toBe(105);
  });

  test('a piece of speed 0 is skipped over', () => {
    const clock = new PiecewiseClock([0, 10, 20], [1, 0, 1]);
    expect(clock.timeWhen(10)).toBe(10);
    expect(clock.timeWhen(10.5)).toBe(20.5);
    expect(clock.advance(12, 1)).toBe(21);
  });

  test('uniform clocks use the fast path with the same answers', () => {
    const clock = new PiecewiseClock([0, 100], [0.5, 0.5]);
    expect(clock.uniform).toBe(true);
    expect(clock.timeWhen(clock.cumulativeAt(77))).toBeCloseTo(77, 12);
  });

  test('property: timeWhen inverts cumulativeAt wherever the speed is positive', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0.1, max: 100, noNaN: true }), fc.double({ min: 0.01, max: 5, noNaN: true })), { minLength: 1, maxLength: 8 }),
        fc.double({ min: 0, max: 1000, noNaN: true }),
        (pieces, t) => {
          const starts = [0];
          for (const [length] of pieces.slice(0, -1)) starts.push(starts[starts.length - 1] + length);
          const clock = new PiecewiseClock(starts, pieces.map(([, rate]) => rate));
          const back = clock.timeWhen(clock.cumulativeAt(t));
          expect(Math.abs(back - t)).toBeLessThanOrEqual(1e-9 * Math.max(1, t));
        },
      ),
    );
  });

  test('invalid pieces are programmer errors', () => {
    expect(() => new PiecewiseClock([1], [1])).toThrow(RangeError);
    expect(() => new PiecewiseClock([0, 0], [1, 1])).toThrow(RangeError);
    expect(() => new PiecewiseClock([0], [-1])).toThrow(RangeError);
  });
});
