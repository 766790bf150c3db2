import { describe, expect, it } from 'vitest';
import { parseSweepValues } from '../../src/cli/parseSweepValues.js';

describe('parseSweepValues', () => {
  it('reads lists of numbers, words and booleans', () => {
    expect(parseSweepValues('79, 99,129')).toEqual([79, 99, 129]);
    expect(parseSweepValues('fixed_order,interest_matched')).toEqual(['fixed_order', 'interest_matched']);
    expect(parseSweepValues('true,false')).toEqual([true, false]);
  });
  it('expands ranges, stop included when on the grid', () => {
    expect(parseSweepValues('49:149:50')).toEqual([49, 99, 149]);
    expect(parseSweepValues('0:0.3:0.1')).toEqual([0, 0.1, 0.2, 0.3]);
    expect(parseSweepValues('10:25:10')).toEqual([10, 20]);
  });
  it('rejects too few, empty, reversed and too many values', () => {
    expect(() => parseSweepValues('99')).toThrow(/at least two values/);
    expect(() => parseSweepValues('1,,2')).toThrow(/empty value/);
    expect(() => parseSweepValues('9:1:1')).toThrow(/STEP > 0 and STOP ≥ START/);
    expect(() => parseSweepValues('0:1000:1')).toThrow(/at most 64/);
  });
});
