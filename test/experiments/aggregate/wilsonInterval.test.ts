import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../../../src/experiments/aggregate/wilsonInterval.js';
import { fixturePath } from '../helpers.js';

interface WilsonCase {
  successes: number;
  n: number;
  alpha: number;
  low: number;
  high: number;
}

const { cases } = JSON.parse(readFileSync(fixturePath('wilson.json'), 'utf8')) as { cases: WilsonCase[] };

describe('wilsonInterval against scipy binomtest(...).proportion_ci(method="wilson")', () => {
  for (const c of cases) {
    it(`${c.successes}/${c.n} at ${1 - c.alpha}`, () => {
      const [low, high] = wilsonInterval(c.successes, c.n, c.alpha);
      expect(Math.abs(low - c.low)).toBeLessThanOrEqual(Math.max(1e-9, 1e-6 * c.low));
      expect(Math.abs(high - c.high)).toBeLessThanOrEqual(Math.max(1e-9, 1e-6 * c.high));
    });
  }
  it('is undefined without trials and rejects impossible counts', () => {
    expect(wilsonInterval(0, 0)).toEqual([NaN, NaN]);
    expect(() => wilsonInterval(11, 10)).toThrow(RangeError);
  });
});
