import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseAnalyzeOptions } from '../../src/analysis/analyzeCommand.js';
import { analyzeInput } from '../../src/analysis/analyzeInput.js';
import type { AnalysisResult, MetricResult } from '../../src/analysis/analysisResult.js';
import { runAnalysis } from '../../src/analysis/runAnalysis.js';

// Optional: `livelift analyze` (our CSV reader and the whole pipeline) on the public datasets in
// ../shared/datasets, against scipy on the same files read by Python's csv module
// (test/fixtures/datasets/make_dataset_expectations.py). The data are never copied here; the test
// skips when the folder is absent. The issue asks for four significant digits; we hold 1e-6.
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DATASETS = join(ROOT, '..', 'shared', 'datasets');
const present = existsSync(join(DATASETS, 'cookie_cats.csv')) && existsSync(join(DATASETS, 'hillstrom.csv'));
const REL = 1e-6;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const expected: Json = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'datasets', 'dataset_expectations.json'), 'utf8'));

function analyze(raw: Record<string, unknown>): AnalysisResult {
  const options = parseAnalyzeOptions(raw);
  return runAnalysis(analyzeInput(options), options, { version: 'test' });
}

function close(actual: number | null | undefined, wanted: number, label: string): void {
  expect(actual, label).toBeTypeOf('number');
  expect(Math.abs((actual as number) - wanted), `${label}: got ${actual}, expected ${wanted}`).toBeLessThanOrEqual(REL * Math.abs(wanted) + 1e-15);
}

function effect(actual: Json, wanted: Json, label: string): void {
  for (const key of ['estimate', 'se', 'pValue']) close(actual?.[key], wanted[key], `${label} ${key}`);
  close(actual?.ci[0], wanted.ci[0], `${label} ci low`);
  close(actual?.ci[1], wanted.ci[1], `${label} ci high`);
}

function arms(metric: MetricResult, wanted: Json[]): void {
  metric.variants.forEach((arm, i) => {
    expect(arm.n).toBe(wanted[i].n);
    close(arm.mean, wanted[i].mean, `${metric.name} mean ${arm.name}`);
    close(arm.variance, wanted[i].variance, `${metric.name} variance ${arm.name}`);
  });
}

describe.skipIf(!present)('real datasets through livelift analyze, against scipy', () => {
  it('cookie_cats.csv: SRM at 50/50, retention_1 and retention_7 (z-test), sum_gamerounds (Welch)', () => {
    const want = expected.cookie_cats;
    const result = analyze({ file: join(DATASETS, 'cookie_cats.csv'), variant: 'version', control: 'gate_30', metric: ['retention_1', 'retention_7', 'sum_gamerounds'] });
    expect(result.dataQuality.rows).toBe(want.rows);
    expect(result.variants.map((v) => v.units)).toEqual(want.srm.units);
    close(result.srm.chiSquare, want.srm.chiSquare, 'SRM chi-square');
    close(result.srm.pValue, want.srm.pValue, 'SRM p');
    expect(result.srm.flagged).toBe(false);
    for (const metric of result.metrics) {
      const wanted = want.metrics[metric.name];
      expect(metric.kind).toBe(wanted.kind);
      arms(metric, wanted.arms);
      effect(metric.comparisons[0].absolute, wanted.absolute, `${metric.name} absolute`);
      effect(metric.comparisons[0].relative, wanted.relative, `${metric.name} relative`);
    }
    expect(result.metrics[1].comparisons[0].verdict).toBe('gate_40 lowers retention_7 by 4.3% (95% CI -6.9% to -1.7%; fixed-horizon), p = 0.0016');
  });

  it('hillstrom.csv: three arms, visit / conversion / spend, CUPED on history, SRM 1:1:1', () => {
    const want = expected.hillstrom;
    const metrics = ['visit', 'conversion', 'spend'];
    const result = analyze({
      file: join(DATASETS, 'hillstrom.csv'),
      variant: 'segment',
      control: 'No E-Mail',
      metric: metrics,
      covariate: metrics.map((metric) => `${metric}=history`),
    });
    expect(result.dataQuality.rows).toBe(want.rows);
    expect(result.variants.map((v) => v.name)).toEqual(['No E-Mail', 'Mens E-Mail', 'Womens E-Mail']);
    expect(result.variants.map((v) => v.units)).toEqual(want.srm.units);
    close(result.srm.chiSquare, want.srm.chiSquare, 'SRM chi-square');
    close(result.srm.pValue, want.srm.pValue, 'SRM p');
    for (const metric of result.metrics) {
      const wanted = want.metrics[metric.name];
      expect(metric.kind).toBe(wanted.kind);
      arms(metric, wanted.arms);
      for (const comparison of metric.comparisons) {
        const w = wanted.comparisons[comparison.variant];
        const label = `${metric.name} ${comparison.variant}`;
        effect(comparison.absolute, w.absolute, `${label} absolute`);
        effect(comparison.relative, w.relative, `${label} relative`);
        effect(comparison.cuped?.absolute, w.cuped.absolute, `${label} CUPED absolute`);
        effect(comparison.cuped?.relative, w.cuped.relative, `${label} CUPED relative`);
        close(comparison.cuped?.theta, w.cuped.theta, `${label} theta`);
        close(comparison.cuped?.varianceReduction, w.cuped.varianceReduction, `${label} variance reduction`);
      }
    }
  });
});
