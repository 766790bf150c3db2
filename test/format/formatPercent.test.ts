import { describe, expect, it } from 'vitest';
import { formatPercent, formatPercentagePoints, formatSignedPercent } from '../../src/format/formatPercent.js';

describe('formatPercent: the one percent rule (docs/reports.md, "Percentages")', () => {
  it('by default writes one decimal, and two significant digits below 1% so a small rate never reads as 0.0%', () => {
    expect([0.1234, 0.0432, 1.5, 0.00045, 0.005, 0.0123, 0].map((x) => formatPercent(x))).toEqual(['12.3%', '4.3%', '150.0%', '0.045%', '0.5%', '1.2%', '0%']);
    expect(formatPercent(-0.0691)).toBe('-6.9%');
    expect(formatPercent(-0.00123)).toBe('-0.12%');
  });

  it('with digits writes exactly that many decimals, for columns that line up', () => {
    expect(formatPercent(0.1234, 2)).toBe('12.34%');
    expect(formatPercent(0.5, 0)).toBe('50%');
    expect(formatPercent(0.00045, 1)).toBe('0.0%');
    expect(formatPercent(0, 2)).toBe('0.00%');
  });

  it('never writes a negative zero', () => {
    expect(formatPercent(-0.000001, 1)).toBe('0.0%');
    expect(formatSignedPercent(-0.000001, 1)).toBe('−0.0%');
  });

  it('signs a lift with + or a true minus sign, and leaves no change unsigned', () => {
    expect(formatSignedPercent(0.1234, 1)).toBe('+12.3%');
    expect(formatSignedPercent(-0.05, 1)).toBe('−5.0%');
    expect(formatSignedPercent(0)).toBe('0%');
    expect(formatSignedPercent(-0.0045)).toBe('−0.45%');
  });

  it('writes a difference of two proportions in signed percentage points', () => {
    expect(formatPercentagePoints(0.012)).toBe('+1.2 pp');
    expect(formatPercentagePoints(-0.003)).toBe('−0.3 pp');
    expect(formatPercentagePoints(0.0123, 2)).toBe('+1.23 pp');
  });

  it('writes a dash for a value that is not a number, in every form', () => {
    for (const value of [NaN, Infinity, -Infinity]) {
      expect(formatPercent(value)).toBe('–');
      expect(formatPercent(value, 2)).toBe('–');
      expect(formatSignedPercent(value)).toBe('–');
      expect(formatPercentagePoints(value)).toBe('–');
    }
  });
});
