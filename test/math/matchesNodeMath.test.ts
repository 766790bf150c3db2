import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cos, exp, expm1, log, log1p, pow, sin, tan } from '../../src/math/index.js';

// Each port must give exactly Node 20's Math.* bits (the saved summaries were made with them),
// and the same bits on every runtime (the browser). The first is checked against Math.* on
// Node 20; the second by a digest of every output, recorded on Node 20, checked on any runtime.

const SPECIALS = [
  0, -0, Infinity, -Infinity, NaN, 1, -1, 2, -2, 0.5, -0.5, 3, -3, 5e-324, -5e-324, 2.2250738585072014e-308, 2.225073858507201e-308,
  1.7976931348623157e308, -1.7976931348623157e308, 709.782712893384, 709.7827128933841, -745.1332191019411, -745.1332191019412,
  -708.4, 710, 1e-300, 1e300, Math.PI / 4, Math.PI / 2, Math.PI, 3 * Math.PI / 4, 1e22, 2 ** 19 * (Math.PI / 2), 2 ** 53, 2 ** 31,
  -(2 ** 31), 2 ** 64, 1 + 2 ** -52, 1 - 2 ** -53, 0.6744, 56 * Math.LN2, -56 * Math.LN2, 0.5 * Math.LN2, 1.5 * Math.LN2,
];

/** A seeded stream of 32-bit words (xorshift32), so the inputs are the same on every run. */
function words(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state;
  };
}

const bitsBuffer = new Float64Array(1);
const bitsWords = new Uint32Array(bitsBuffer.buffer);

/** Inputs across the ranges the code uses: tiny, normal, large, negative, subnormal and raw bit patterns. */
function inputs(seed: number, ranges: [number, number][], perRange: number): number[] {
  const next = words(seed);
  const uniform = (): number => next() / 2 ** 32;
  const values = [...SPECIALS];
  for (const [low, high] of ranges) for (let i = 0; i < perRange; i++) values.push(low + (high - low) * uniform());
  for (let i = 0; i < perRange; i++) {
    // any double at all: NaNs, infinities, subnormals, huge and tiny of both signs
    bitsWords[0] = next();
    bitsWords[1] = next();
    values.push(bitsBuffer[0]);
  }
  for (let i = 0; i < perRange; i++) values.push((uniform() - 0.5) * 2 ** ((next() % 2098) - 1074)); // log-uniform magnitude
  return values;
}

function bitsOf(value: number): string {
  bitsBuffer[0] = value;
  return Number.isNaN(value) ? 'NaN' : `${bitsWords[1].toString(16)}:${bitsWords[0].toString(16)}`;
}

function firstDifference(port: (...args: number[]) => number, native: (...args: number[]) => number, cases: number[][]): string | null {
  for (const args of cases) {
    const mine = port(...args);
    const node = native(...args);
    if (!(Object.is(mine, node) || (Number.isNaN(mine) && Number.isNaN(node)))) return `(${args.join(', ')}): port ${mine} (${bitsOf(mine)}) ≠ Node ${node} (${bitsOf(node)})`;
  }
  return null;
}

function digest(port: (...args: number[]) => number, cases: number[][]): string {
  const hash = createHash('sha256');
  for (const args of cases) hash.update(bitsOf(port(...args)));
  return hash.digest('hex').slice(0, 16);
}

const PER_RANGE = 40_000;
const unaryCases = (seed: number, ranges: [number, number][]): number[][] => inputs(seed, ranges, PER_RANGE).map((x) => [x]);

const unary: { name: string; port: (x: number) => number; native: (x: number) => number; cases: number[][] }[] = [
  { name: 'exp', port: exp, native: Math.exp, cases: unaryCases(1, [[-1, 1], [-50, 50], [-750, 720], [-1e-9, 1e-9]]) },
  { name: 'log', port: log, native: Math.log, cases: unaryCases(2, [[0, 2], [0.9, 1.1], [0, 1e6], [0, 1e-300]]) },
  { name: 'log1p', port: log1p, native: Math.log1p, cases: unaryCases(3, [[-1, 1], [-1e-8, 1e-8], [0, 1e6], [-0.3, 0.5]]) },
  { name: 'expm1', port: expm1, native: Math.expm1, cases: unaryCases(4, [[-1, 1], [-1e-8, 1e-8], [-60, 60], [-750, 720]]) },
  { name: 'sin', port: sin, native: Math.sin, cases: unaryCases(5, [[-10, 10], [-1e6, 1e6], [-1e15, 1e15], [0, 100_000]]) },
  { name: 'cos', port: cos, native: Math.cos, cases: unaryCases(6, [[-10, 10], [-1e6, 1e6], [-1e15, 1e15], [0, 100_000]]) },
  { name: 'tan', port: tan, native: Math.tan, cases: unaryCases(7, [[-1.6, 1.6], [-10, 10], [-1e6, 1e6], [-1e15, 1e15]]) },
];

function powCases(): number[][] {
  const next = words(8);
  const uniform = (): number => next() / 2 ** 32;
  const cases: number[][] = [];
  for (const x of SPECIALS) for (const y of SPECIALS) cases.push([x, y]);
  for (let i = 0; i < PER_RANGE; i++) cases.push([uniform() * 10, uniform() * 100 - 50]); // ordinary
  for (let i = 0; i < PER_RANGE; i++) cases.push([-uniform() * 10, (next() % 200) - 100]); // negative base, integer exponent
  for (let i = 0; i < PER_RANGE; i++) cases.push([uniform() * 3, uniform() * 2000 - 1000]); // over- and underflow edges
  for (let i = 0; i < PER_RANGE; i++) cases.push([1 + (uniform() - 0.5) * 2 ** -18, (uniform() - 0.5) * 2 ** 40]); // |y| > 2^31 near 1
  for (let i = 0; i < PER_RANGE; i++) cases.push([uniform() * 1e-305, uniform() * 2]); // subnormal-ish base
  for (let i = 0; i < PER_RANGE; i++) {
    bitsWords[0] = next();
    bitsWords[1] = next();
    const a = bitsBuffer[0];
    bitsWords[0] = next();
    bitsWords[1] = next() & 0x407fffff; // exponents of moderate size, both signs
    cases.push([a, bitsBuffer[0]], [uniform() * 2, uniform() * 0.5]);
  }
  return cases;
}

const isNode20 = process.versions.node.split('.')[0] === '20';

describe('src/math equals Node 20 Math.* bit for bit', () => {
  for (const fn of unary) {
    it.runIf(isNode20)(`${fn.name}: ${fn.cases.length.toLocaleString('en')} seeded inputs and the special values`, () => {
      expect(fn.cases.length).toBeGreaterThan(200_000);
      expect(firstDifference(fn.port, fn.native, fn.cases)).toBeNull();
    });
  }
  const cases = powCases();
  it.runIf(isNode20)(`pow (and **): ${cases.length.toLocaleString('en')} seeded pairs and every pair of special values`, () => {
    expect(firstDifference(pow, Math.pow, cases)).toBeNull();
    expect(firstDifference(pow, (x, y) => x ** y, cases.slice(0, 20_000))).toBeNull();
  });
});

describe('src/math gives the same bits on every runtime (digest recorded on Node 20)', () => {
  const recorded: Record<string, string> = {
    exp: '53c1b61e554c7726',
    log: '290f989c1cae354b',
    log1p: 'f88f03c3ef9d16a4',
    expm1: '1cf43e18377bf41f',
    sin: 'eb84e4da68b3502d',
    cos: '01bf94cae00e8fc8',
    tan: '5835e7996fcf7254',
    pow: '8da0bd3fa13bf484',
  };
  for (const fn of unary) {
    it(fn.name, () => {
      expect(digest(fn.port, fn.cases)).toBe(recorded[fn.name]);
    });
  }
  it('pow', () => {
    expect(digest(pow, powCases())).toBe(recorded.pow);
  });
});
