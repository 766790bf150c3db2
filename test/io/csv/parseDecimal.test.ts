import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDecimal, parseDecimalFast, parseDecimalText } from '../../../src/io/csv/parseDecimal.js';
import { scaledRuns } from '../../support/fastCheckSeed.js';

const bytes = (text: string) => Buffer.from(text, 'latin1');
const parse = (text: string) => parseDecimal(bytes(text), 0, text.length);
/** What parseDecimal must return: Number() where the strict decimal grammar accepts the text. */
const reference = (text: string) => {
  const trimmed = text.trim();
  const value = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(trimmed) ? Number(trimmed) : NaN;
  return Number.isFinite(value) ? value : NaN;
};

describe('parseDecimal', () => {
  it('reads plain decimals on the fast path, bit for bit as Number()', () => {
    for (const text of ['0', '-0', '1', '+7', '12.50', '.5', '5.', '0.1', '123456789012345', '-99999.99999', '0.00000000000001']) {
      expect(Object.is(parseDecimalFast(bytes(text), 0, text.length), Number(text)), text).toBe(true);
    }
  });

  it('falls back for exponents, long mantissas and spaces', () => {
    expect(parse('1e3')).toBe(1000);
    expect(parse('-2.5E-3')).toBe(-0.0025);
    // eslint-disable-next-line no-loss-of-precision -- the literal rounds to the double parse must return
    expect(parse('1234567890123456789')).toBe(1234567890123456789);
    expect(parse('  42.5 ')).toBe(42.5);
    expect(parseDecimalFast(bytes('1e3'), 0, 3)).toBeNaN();
  });

  it('rejects what Number() would wrongly accept', () => {
    for (const text of ['', ' ', '0x1f', 'Infinity', '-Infinity', 'NaN', '1_000', '1,5', '.', '-', '+', 'e5', '1e', '1.2.3', '1e400', 'TRUE']) {
      expect(parse(text), JSON.stringify(text)).toBeNaN();
    }
  });

  it('agrees with Number() on every double written by String, toFixed and toExponential (fast-check)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: 12 }), (value, digits) => {
        for (const text of [String(value), value.toFixed(Math.min(digits, 100)), value.toExponential(digits)]) {
          if (!/^[+-]?[\d.]+(e[+-]?\d+)?$/i.test(text)) continue; // toFixed of huge values
          const want = Number.isFinite(Number(text)) ? Number(text) : NaN; // 2e+308 overflows: not a value
          expect(Object.is(parse(text), want), text).toBe(true);
        }
      }),
      { numRuns: scaledRuns(3000) },
    );
  });

  it('agrees with the strict grammar on random strings of number characters (fast-check)', () => {
    const alphabet = fc.constantFrom('0', '1', '5', '9', '.', '-', '+', 'e', 'E', ' ', 'x');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 22 }).map((chars) => chars.join('')), (text) => {
        const got = parse(text);
        const want = reference(text);
        expect(Number.isNaN(got) ? 'NaN' : got, JSON.stringify(text)).toBe(Number.isNaN(want) ? 'NaN' : want);
      }),
      { numRuns: scaledRuns(5000) },
    );
  });

  it('parseDecimalText trims and validates', () => {
    expect(parseDecimalText(' 3.25\t')).toBe(3.25);
    expect(parseDecimalText('3 25')).toBeNaN();
  });
});
