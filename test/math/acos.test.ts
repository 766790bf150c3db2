import { describe, expect, it } from 'vitest';
import { acos } from '../../src/math/index.js';

// acos came after the other ports (the score interval's cubic needs it): the same check as
// matchesNodeMath.test.ts, bit for bit against Node 20's Math.acos, which is fdlibm's e_acos.c.
function inputs(): number[] {
  let state = 12345;
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0);
  const words = new Uint32Array(2);
  const asDouble = new Float64Array(words.buffer);
  const xs = [0, -0, 1, -1, 0.5, -0.5, 1e-300, -1e-300, 2 ** -57, 2 ** -58, NaN, Infinity, -Infinity, 1.0000001, 0.9999999999999999, -0.9999999999999999];
  for (let i = 0; i < 100_000; i++) xs.push((next() / 2 ** 32) * 2 - 1);
  for (let i = 0; i < 50_000; i++) {
    words[0] = next();
    words[1] = next();
    xs.push(asDouble[0]);
  }
  for (let i = 0; i < 20_000; i++) xs.push(1 - (next() / 2 ** 32) * 1e-6, -1 + (next() / 2 ** 32) * 1e-6, (next() / 2 ** 32) * 1e-8);
  return xs;
}

describe('acos', () => {
  it("equals Node 20's Math.acos bit for bit (near ±1, near 0, raw bit patterns, specials)", () => {
    const differing = inputs().filter((x) => !Object.is(acos(x), Math.acos(x)));
    expect(differing.slice(0, 5)).toEqual([]);
  });
});
