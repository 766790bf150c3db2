import { describe, expect, test } from 'vitest';
import { ViewerStreams } from '../../../src/sim/model/index.js';
import { PURPOSE_CHAT, PURPOSE_DECIDE } from '../../../src/sim/model/ViewerStreams.js';

/** Kolmogorov–Smirnov statistic of a sample against Uniform(0, 1). */
function ksUniform(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  let d = 0;
  sorted.forEach((x, i) => (d = Math.max(d, (i + 1) / sorted.length - x, x - i / sorted.length)));
  return d;
}

function correlation(a: number[], b: number[]): number {
  const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
  const ma = mean(a);
  const mb = mean(b);
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  a.forEach((x, i) => {
    sab += (x - ma) * (b[i] - mb);
    saa += (x - ma) ** 2;
    sbb += (b[i] - mb) ** 2;
  });
  return sab / Math.sqrt(saa * sbb);
}

describe('ViewerStreams (per-viewer sfc32 streams)', () => {
  const n = 20000;
  // Consecutive keys (the worst case: a key that changes in one bit from viewer to viewer).
  const streams = new ViewerStreams(n);
  for (let slot = 0; slot < n; slot++) streams.seed(slot, 12345, slot);

  test('the same key gives the same sequence; another key another sequence', () => {
    const a = new ViewerStreams(2);
    a.seed(0, 7, 9);
    a.seed(1, 7, 9);
    const first = [a.next(0, PURPOSE_CHAT), a.next(0, PURPOSE_CHAT)];
    expect([a.next(1, PURPOSE_CHAT), a.next(1, PURPOSE_CHAT)]).toEqual(first);
    a.seed(1, 7, 10);
    expect(a.next(1, PURPOSE_CHAT)).not.toBe(first[0]);
  });

  test('first draws across viewers are uniform (KS at the 0.1% level: D < 1.95/√n)', () => {
    const firsts = Array.from({ length: n }, (_, slot) => streams.next(slot, PURPOSE_DECIDE));
    expect(ksUniform(firsts)).toBeLessThan(1.95 / Math.sqrt(n));
  });

  test('no correlation between neighbouring viewers, between purposes, or between successive draws (|r| < 4/√n)', () => {
    const chat = Array.from({ length: n }, (_, slot) => streams.next(slot, PURPOSE_CHAT));
    const decide = Array.from({ length: n }, (_, slot) => streams.next(slot, PURPOSE_DECIDE));
    const second = Array.from({ length: n }, (_, slot) => streams.next(slot, PURPOSE_CHAT));
    const bound = 4 / Math.sqrt(n);
    expect(Math.abs(correlation(chat.slice(1), chat.slice(0, -1)))).toBeLessThan(bound);
    expect(Math.abs(correlation(chat, decide))).toBeLessThan(bound);
    expect(Math.abs(correlation(chat, second))).toBeLessThan(bound);
  });

  test('a long single stream is uniform in 100 bins (chi-square, 99 df, 0.1% critical value 148.2)', () => {
    const bins = new Array<number>(100).fill(0);
    const draws = 200000;
    for (let i = 0; i < draws; i++) bins[Math.floor(streams.next(0, PURPOSE_CHAT) * 100)]++;
    const expected = draws / 100;
    const chiSquare = bins.reduce((sum, count) => sum + (count - expected) ** 2 / expected, 0);
    expect(chiSquare).toBeLessThan(148.2);
  });

  test('growing keeps existing states', () => {
    const s = new ViewerStreams(1);
    s.seed(0, 1, 2);
    const copy = new ViewerStreams(1);
    copy.seed(0, 1, 2);
    s.grow(8);
    expect(s.capacity).toBe(8);
    expect(s.next(0, PURPOSE_CHAT)).toBe(copy.next(0, PURPOSE_CHAT));
  });
});
