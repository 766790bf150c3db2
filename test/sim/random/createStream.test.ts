import { describe, expect, it } from 'vitest';
import { createStream, streamSeed } from '../../../src/sim/random/index.js';

function take(rng: () => number, n: number): number[] {
  return Array.from({ length: n }, () => rng());
}

/** Pearson correlation of two equally long samples. */
function correlation(x: number[], y: number[]): number {
  const n = x.length;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

describe('createStream', () => {
  it('gives the same sequence for the same (seed, replicate, name)', () => {
    expect(take(createStream(42, 3, 'arrivals'), 1000)).toEqual(take(createStream(42, 3, 'arrivals'), 1000));
  });

  it('pins the first draws, so a change of generator or seed derivation is noticed', () => {
    expect(take(createStream(42, 0, 'arrivals'), 3)).toEqual([0.8363064266741276, 0.3111769955139607, 0.4297427521087229]);
    expect(take(createStream(0, 0, 'arrivals'), 2)).toEqual([0.14980343054048717, 0.4870968845207244]);
  });

  it('treats seed 0 as a seed like any other', () => {
    expect(take(createStream(0, 0, 'a'), 5)).not.toEqual(take(createStream(1, 0, 'a'), 5));
    expect(take(createStream(0, 0, 'a'), 5)).toEqual(take(createStream(0, 0, 'a'), 5));
  });

  it('differs when any part of the triple differs, including near-identical names', () => {
    const base = take(createStream(7, 0, 'chat'), 5);
    for (const other of [createStream(8, 0, 'chat'), createStream(7, 1, 'chat'), createStream(7, 0, 'chats'), createStream(7, 0, 'chaT')]) {
      expect(take(other, 5)).not.toEqual(base);
    }
    // JSON framing keeps ("a/b", c) and ("a", "b/c")-style triples apart.
    expect(streamSeed(1, 2, '3')).not.toBe(streamSeed(12, 0, '3'));
  });

  it('neighbouring streams are uncorrelated (|r| < 5/√n, n = 100,000)', () => {
    const n = 100_000;
    const a = take(createStream(7, 0, 'viewer-1'), n);
    for (const other of [createStream(7, 0, 'viewer-2'), createStream(7, 1, 'viewer-1'), createStream(8, 0, 'viewer-1')]) {
      expect(Math.abs(correlation(a, take(other, n)))).toBeLessThan(5 / Math.sqrt(n));
    }
    // and successive draws of one stream (lag-1 serial correlation)
    expect(Math.abs(correlation(a.slice(0, -1), a.slice(1)))).toBeLessThan(5 / Math.sqrt(n));
  });

  it('rejects a non-integer seed, a negative replicate and an empty name', () => {
    expect(() => createStream(1.5, 0, 'a')).toThrow(RangeError);
    expect(() => createStream(Number.NaN, 0, 'a')).toThrow(RangeError);
    expect(() => createStream(1, -1, 'a')).toThrow(RangeError);
    expect(() => createStream(1, 0, '')).toThrow(RangeError);
  });
});
