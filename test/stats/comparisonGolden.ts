import { expect } from 'vitest';
import type { AnalysisOptions, Comparison, MetricStats, Sides } from '../../src/stats/index.js';
import { expectEstimate, type ExpectedEstimate } from './goldenHelpers.js';

/** One fixture case of make_core_fixtures.py for a two-arm comparison. */
export interface ComparisonCase {
  name: string;
  control: MetricStats;
  treatment: MetricStats;
  options: { alpha: number; sides: Sides };
  scoreMethod?: 'farrington-manning' | 'miettinen-nurminen';
  absolute: ExpectedEstimate;
  relative: { delta: ExpectedEstimate | null; fieller: ExpectedEstimate | null; fiellerWarning: string | null };
}

type Compare = (control: MetricStats, treatment: MetricStats, options: AnalysisOptions) => Comparison;

/** Checks absolute and relative (delta and Fieller) lifts of one case against the fixture. */
export function checkComparisonCase(compare: Compare, c: ComparisonCase): void {
  const scoreMethod = c.scoreMethod;
  const delta = compare(c.control, c.treatment, { ...c.options, relativeCi: 'delta', ...(scoreMethod ? { scoreMethod } : {}) });
  expectEstimate(delta.absolute, c.absolute, `${c.name} absolute`);
  const fieller = compare(c.control, c.treatment, { ...c.options, relativeCi: 'fieller', ...(scoreMethod ? { scoreMethod } : {}) });
  expectEstimate(fieller.absolute, c.absolute, `${c.name} absolute (fieller run)`);
  if (c.relative.delta === null) {
    expect(delta.relative, c.name).toBeNull();
    expect(delta.warnings.map((w) => w.code)).toContain('NON_POSITIVE_CONTROL_MEAN');
    return;
  }
  expectEstimate(delta.relative!, c.relative.delta, `${c.name} relative delta`);
  expectEstimate(fieller.relative!, c.relative.fieller!, `${c.name} relative fieller`);
  const fiellerCodes = fieller.warnings.map((w) => w.code).filter((code) => code.startsWith('FIELLER'));
  expect(fiellerCodes, c.name).toEqual(c.relative.fiellerWarning === null ? [] : [c.relative.fiellerWarning]);
}
