import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { AnalysisResult, ComparisonResult } from '../../src/analysis/analysisResult.js';
import { analyze } from './analyzeHelpers.js';
import { summaryOf } from './summaryArms.js';

const dir = mkdtempSync(join(tmpdir(), 'livelift-decision-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const arm = fc.record({
  n: fc.integer({ min: 2, max: 5000 }),
  rate: fc.double({ min: 0, max: 1, noNaN: true }),
  mean: fc.double({ min: 0.5, max: 20, noNaN: true }),
  sd: fc.double({ min: 0.1, max: 30, noNaN: true }),
  noise: fc.double({ min: 0, max: 1, noNaN: true }),
});

const options = fc.record({
  alpha: fc.constantFrom(0.01, 0.05, 0.1, 0.2),
  sides: fc.constantFrom('two', 'greater', 'less'),
  relativeCi: fc.constantFrom('fieller', 'delta'),
  scoreMethod: fc.constantFrom('farrington-manning', 'miettinen-nurminen'),
  correction: fc.constantFrom('none', 'bonferroni', 'holm', 'bh'),
  exact: fc.boolean(),
  sequential: fc.boolean(),
  bayesian: fc.boolean(),
  tuning: fc.constantFrom(500, 5000, 50000),
  cuped: fc.boolean(),
});

/** Whether an interval excludes 0 on the tested side. */
function excludesZero([lo, hi]: [number | null, number | null]): boolean {
  return (lo !== null && lo > 0) || (hi !== null && hi < 0);
}

function excludesOne([lo, hi]: [number | null, number | null]): boolean {
  return (lo !== null && lo > 1) || (hi !== null && hi < 1);
}

function checkComparison(result: AnalysisResult, comparison: ComparisonResult): void {
  const { headline, significant } = comparison;
  if (comparison.absolute.se === null) return; // uninformative: not a hypothesis
  // A tie at alpha itself is a coin toss of rounding; every other p must agree with its intervals.
  if (Math.abs(headline.pValue - result.alpha) < 1e-9) return;
  expect(significant, 'significant ⇔ decision p < alpha').toBe(headline.pValue < result.alpha);
  // --exact: Fisher's test decides and its odds-ratio interval (against 1) is the one that inverts it.
  if (headline.exact) expect(excludesOne(headline.exact.ci), `exact ${JSON.stringify(headline)}`).toBe(significant);
  else expect(excludesZero(headline.absolute.ci), `absolute ${JSON.stringify(headline)}`).toBe(significant);
  if (headline.relative?.invertsTest) expect(excludesZero(headline.relative.ci), `relative ${JSON.stringify(headline)}`).toBe(significant);
  expect(comparison.verdict.startsWith('no significant difference'), comparison.verdict).toBe(!significant);
  if (comparison.relative !== null && comparison.decision === 'fixed') expect(comparison.relative.pValue).toBe(comparison.absolute.pValue);
}

describe('one decision per comparison (issue 11): a verdict never contradicts its own intervals', () => {
  it('holds over random arms and every option combination', () => {
    let file = 0;
    fc.assert(
      fc.property(fc.array(arm, { minLength: 3, maxLength: 3 }), options, (arms, o) => {
        const path = join(dir, `summary-${file++}.json`);
        writeFileSync(path, JSON.stringify(summaryOf(arms, o.cuped)));
        const { cuped: _cuped, exact, ...raw } = o;
        const result = analyze({ summary: path, ...raw, exact: exact && !raw.sequential });
        for (const metric of result.metrics) for (const comparison of metric.comparisons) checkComparison(result, comparison);
      }),
      { numRuns: 150 },
    );
  }, 240_000); // with --bayesian on three arms each run also integrates the probability to be best

  // Dunnett (--correction dunnett) integrates the joint distribution per metric: its own, smaller run
  // over every option it combines with (not --sequential or --exact), with three treatment arms.
  it('holds for Dunnett-adjusted decisions', () => {
    let file = 0;
    const dunnettOptions = fc.record({
      alpha: fc.constantFrom(0.01, 0.05, 0.1, 0.2),
      sides: fc.constantFrom('two', 'greater', 'less'),
      relativeCi: fc.constantFrom('fieller', 'delta'),
      scoreMethod: fc.constantFrom('farrington-manning', 'miettinen-nurminen'),
      cuped: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(arm, { minLength: 4, maxLength: 4 }), dunnettOptions, (arms, { cuped, ...raw }) => {
        const path = join(dir, `dunnett-${file++}.json`);
        writeFileSync(path, JSON.stringify(summaryOf(arms, cuped)));
        const result = analyze({ summary: path, ...raw, correction: 'dunnett' });
        for (const metric of result.metrics) for (const comparison of metric.comparisons) checkComparison(result, comparison);
      }),
      { numRuns: 40 },
    );
  }, 240_000);
});
