import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { analyzeInput } from '../../src/analysis/analyzeInput.js';
import { parseAnalyzeOptions } from '../../src/analysis/analyzeCommand.js';
import type { AnalysisResult, MetricResult } from '../../src/analysis/analysisResult.js';
import { runAnalysis } from '../../src/analysis/runAnalysis.js';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** expected.json written by fixtures/make_analyze_fixtures.py. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const expected: any = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8'));

export interface Effect {
  estimate: number | null;
  se: number | null;
  ci: [number | null, number | null];
  pValue: number | null;
}

/** Run the analysis pipeline (no CLI) on raw options; `file` is resolved in the fixtures folder. */
export function analyze(raw: Record<string, unknown>, bufferSize?: number): AnalysisResult {
  const options = parseAnalyzeOptions({ ...raw, ...(typeof raw.file === 'string' ? { file: resolve(FIXTURES, raw.file) } : {}) });
  return runAnalysis(analyzeInput(options, { bufferSize }), options, { version: 'test' });
}

/** |actual − expected| ≤ max(rel·|expected|, abs); 1e-8 relative: parsing and sums must be exact. */
export function expectClose(actual: number | null | undefined, wanted: number, label: string, rel = 1e-8, abs = 1e-12): void {
  expect(actual, label).not.toBeNull();
  expect(actual, label).toBeDefined();
  const tolerance = Math.max(rel * Math.abs(wanted), abs);
  expect(Math.abs((actual as number) - wanted), `${label}: got ${actual}, expected ${wanted}`).toBeLessThanOrEqual(tolerance);
}

export function expectEffect(actual: Effect | null | undefined, wanted: Effect, label: string, rel = 1e-8): void {
  expect(actual, label).toBeTruthy();
  expectClose(actual!.estimate, wanted.estimate!, `${label} estimate`, rel);
  expectClose(actual!.se, wanted.se!, `${label} se`, rel);
  expectClose(actual!.ci[0], wanted.ci[0]!, `${label} ci low`, rel);
  expectClose(actual!.ci[1], wanted.ci[1]!, `${label} ci high`, rel);
  expectClose(actual!.pValue, wanted.pValue!, `${label} p`, Math.max(rel, 1e-7), 0);
}

export function metric(result: { metrics: MetricResult[] }, name: string): MetricResult {
  const found = result.metrics.find((candidate) => candidate.name === name);
  expect(found, `metric ${name}`).toBeDefined();
  return found!;
}
