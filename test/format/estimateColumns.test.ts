import { describe, expect, it } from 'vitest';
import { ciBounds, estimateCells, estimateColumns } from '../../src/format/estimateColumns.js';
import { toCsv } from '../../src/format/toCsv.js';

describe('estimateColumns / estimateCells: an estimate with its interval as three table columns', () => {
  it('keys the bounds <key>Lo and <key>Hi, in the order estimate, low, high, all in one format', () => {
    expect(estimateColumns('power', 'Power (%)', ciBounds('Power', '%'), 'percent')).toEqual([
      { key: 'power', label: 'Power (%)', format: 'percent' },
      { key: 'powerLo', label: 'Power, 95% CI low (%)', format: 'percent' },
      { key: 'powerHi', label: 'Power, 95% CI high (%)', format: 'percent' },
    ]);
  });

  it('leaves the format out when none is given (the table default), so no column carries format: undefined', () => {
    const columns = estimateColumns('revenue', 'Revenue per session (¥)', ciBounds('Revenue'));
    expect(columns.map((column) => Object.keys(column))).toEqual([['key', 'label'], ['key', 'label'], ['key', 'label']]);
    expect(columns.map((column) => column.label)).toEqual(['Revenue per session (¥)', 'Revenue 95% CI low', 'Revenue 95% CI high']);
  });

  it('fills the cells from the estimate and the interval, null where either is absent or a bound is open', () => {
    expect(estimateCells('revenue', 120, [100, 140])).toEqual({ revenue: 120, revenueLo: 100, revenueHi: 140 });
    expect(estimateCells('power', null, undefined)).toEqual({ power: null, powerLo: null, powerHi: null });
    expect(estimateCells('sessions', 30, [12, null])).toEqual({ sessions: 30, sessionsLo: 12, sessionsHi: null });
  });

  it('writes the same CSV as the columns spelled out by hand', () => {
    const rows = [{ arm: 'a', ...estimateCells('revenue', 1.5, [1, 2]) }, { arm: 'b', ...estimateCells('revenue', 2.25, null) }];
    const table = { name: 't', title: 'T', columns: [{ key: 'arm', label: 'Arm', format: 'text' as const }, ...estimateColumns('revenue', 'Revenue', ciBounds('Revenue'))], rows };
    expect(toCsv(table)).toBe(toCsv({
      ...table,
      columns: [{ key: 'arm', label: 'Arm', format: 'text' }, { key: 'revenue', label: 'Revenue' }, { key: 'revenueLo', label: 'Revenue 95% CI low' }, { key: 'revenueHi', label: 'Revenue 95% CI high' }],
      rows: [{ arm: 'a', revenue: 1.5, revenueLo: 1, revenueHi: 2 }, { arm: 'b', revenue: 2.25, revenueLo: null, revenueHi: null }],
    }));
  });
});
