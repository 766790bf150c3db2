import { describe, expect, it } from 'vitest';
import { parseAnalyzeOptions } from '../../src/analysis/analyzeCommand.js';
import { analysisText } from '../../src/analysis/analysisText.js';
import { buildAnalysisReport } from '../../src/report/buildAnalysisReport.js';
import { analyze } from './analyzeHelpers.js';

// --currency / --money / --minutes: units on money and time metrics in the terminal, JSON and report.
const base = { file: 'over_time.csv', variant: 'arm', metric: ['spend', 'clicked', 'pre_spend'] };

describe('analyze --currency, --money, --minutes', () => {
  it('gives every mean metric the currency by default, proportions none, and --minutes wins', () => {
    const result = analyze({ ...base, currency: 'CNY', minutes: 'pre_spend' });
    expect(result.metrics.map((metric) => metric.unit)).toEqual([{ kind: 'money', label: 'CNY' }, undefined, { kind: 'minutes', label: 'min' }]);
    const text = analysisText(result);
    expect(text).toContain('spend (mean, in CNY)');
    expect(text).toMatch(/variant\s+n\s+mean \(CNY\)\s+abs lift \(CNY\)/);
    expect(text).toContain('pre_spend (mean, minutes)');
    expect(text).toMatch(/clicked \(proportion\)\n\s+variant\s+n\s+mean\s+abs lift/);
  });

  it('--money restricts the currency to the metrics named; a symbol works as a code does', () => {
    const result = analyze({ ...base, currency: '¥', money: 'pre_spend' });
    expect(result.metrics.map((metric) => metric.unit?.label)).toEqual([undefined, undefined, '¥']);
  });

  it('leaves results without these options unchanged (no unit field)', () => {
    expect(analyze(base).metrics.every((metric) => !('unit' in metric))).toBe(true);
  });

  it('puts the unit in the report tables', () => {
    const report = buildAnalysisReport(analyze({ ...base, currency: 'CNY' }));
    const comparisons = report.tables.find((table) => table.name === 'comparisons')!;
    expect(comparisons.columns.map((column) => column.label)).toContain('Unit');
    expect(comparisons.rows.map((row) => row.unit)).toEqual(['CNY', '', 'CNY']);
  });

  it('refuses --money without --currency, unknown metrics, and a metric in both', () => {
    const raw = { ...base, file: 'x.csv' };
    expect(() => parseAnalyzeOptions({ ...raw, money: 'spend' })).toThrow(/--currency/);
    expect(() => parseAnalyzeOptions({ ...raw, currency: 'CNY', money: 'nope' })).toThrow(/"nope" is not a --metric/);
    expect(() => parseAnalyzeOptions({ ...raw, minutes: 'nope' })).toThrow(/"nope" is not a --metric/);
    expect(() => parseAnalyzeOptions({ ...raw, currency: 'CNY', money: 'spend', minutes: 'spend' })).toThrow(/both/);
  });
});
