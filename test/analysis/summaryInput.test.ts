import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAnalyzeOptions } from '../../src/analysis/analyzeCommand.js';
import { analyzeInput } from '../../src/analysis/analyzeInput.js';
import { analyze, expected, FIXTURES } from './analyzeHelpers.js';

const dir = mkdtempSync(join(tmpdir(), 'livelift-summary-in-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The per-arm sufficient statistics of a CSV analysis, as a summary file (JSON or CSV form). */
function summaryOf(raw: Record<string, unknown>, format: 'json' | 'csv'): string {
  const options = parseAnalyzeOptions({ ...raw, file: resolve(FIXTURES, raw.file as string) });
  const data = analyzeInput(options);
  const file = join(dir, `summary-${format}-${String(raw.file)}.${format}`);
  const metrics = data.metrics.map((metric) => ({
    name: metric.name,
    kind: metric.kind,
    variants: metric.arms.map((arm, v) => ({ name: data.variants[v], ...arm })),
  }));
  if (format === 'json') {
    writeFileSync(file, JSON.stringify({ variants: data.variants.map((name, v) => ({ name, units: data.units[v] })), metrics }));
    return file;
  }
  const lines = ['metric,kind,variant,units,n,sum,sumSquares,shift,covariateSum,covariateSumSquares,covariateSumProduct,covariateShift,denominatorSum,denominatorSumSquares,denominatorSumProduct'];
  for (const metric of metrics) {
    for (const arm of metric.variants) {
      const paired = (sums?: { sum: number; sumSquares: number; sumProduct: number }) => (sums ? [sums.sum, sums.sumSquares, sums.sumProduct] : ['', '', '']);
      const name = arm.name.includes(',') || arm.name.includes('"') ? `"${arm.name.replaceAll('"', '""')}"` : arm.name;
      const units = data.units[data.variants.indexOf(arm.name)];
      lines.push([metric.name, metric.kind, name, units, arm.n, arm.sum, arm.sumSquares, arm.shift ?? '', ...paired(arm.covariate), arm.covariate?.shift ?? '', ...paired(arm.denominator)].join(','));
    }
  }
  writeFileSync(file, lines.join('\r\n'));
  return file;
}

describe('--summary gives the same analysis as the rows it summarises', () => {
  it.each(['json', 'csv'] as const)('messy.csv as a %s summary: same SRM, arms and comparisons', (format) => {
    const raw = { ...expected.messy.options, sequential: true, bayesian: true, correction: 'holm' };
    const fromRows = analyze(raw);
    const { file: _file, variant: _variant, ...rest } = raw;
    const fromSummary = analyze({ ...rest, summary: summaryOf(raw, format) });
    expect(fromSummary.input.format).toBe(`summary-${format}`);
    expect(fromSummary.srm).toEqual(fromRows.srm);
    expect(fromSummary.variants).toEqual(fromRows.variants);
    expect(fromSummary.metrics).toEqual(fromRows.metrics.map(({ columns: _columns, ...metric }) => metric));
  });

  it('covariate and denominator sums carry CUPED and ratio metrics through a summary', () => {
    const raw = expected.ratioCuped.options;
    const fromRows = analyze(raw);
    const { file: _file, variant: _variant, ratio: _ratio, covariate: _covariate, metric: _metric, ...rest } = raw;
    const fromSummary = analyze({ ...rest, summary: summaryOf(raw, 'csv') });
    // The ratio metric is identical. A summary's covariate sums (Σz, Σz², Σxz) give CUPED's
    // estimate and θ exactly, but not the fourth-order sums of the rows' HC1 sandwich: its
    // variance is the classic CUPED one (Var = Σ_k s²_adj,k / n_k), equal to O(1/n).
    expect(fromSummary.metrics[1].comparisons).toEqual(fromRows.metrics[1].comparisons);
    const [summaryCuped, rowsCuped] = [fromSummary, fromRows].map((result) => result.metrics[0].comparisons[0].cuped!);
    expect(summaryCuped).toBeDefined();
    expect(summaryCuped.absolute.estimate).toBeCloseTo(rowsCuped.absolute.estimate!, 9);
    expect(summaryCuped.theta).toBeCloseTo(rowsCuped.theta, 9);
    expect(Math.abs(summaryCuped.absolute.se! / rowsCuped.absolute.se! - 1)).toBeLessThan(0.01);
    expect(summaryCuped.absolute.se).not.toBe(rowsCuped.absolute.se);
  });

  it('--metric picks metrics of a summary; CSV-only options are refused', () => {
    const summary = summaryOf(expected.messy.options, 'json');
    expect(analyze({ summary, metric: ['revenue'], control: 'control' }).metrics.map((metric) => metric.name)).toEqual(['revenue']);
    expect(() => analyze({ summary, metric: ['nope'] })).toThrow(/--metric: no metric "nope" in the summary; it has converted, revenue/);
    expect(() => analyze({ summary, segment: 'x' })).toThrow(/--segment: applies to CSV input only/);
  });
});
