import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { betaBinomialComparison } from '../../src/stats/index.js';
import { analysisText } from '../../src/analysis/analysisText.js';
import { analyze, expectClose } from './analyzeHelpers.js';
import { loadFixture } from '../stats/goldenHelpers.js';
import type { ComparisonCase } from '../stats/comparisonGolden.js';

const dir = mkdtempSync(join(tmpdir(), 'livelift-boundary-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The score reference (test/fixtures/stats/score_reference.py) for 5/500 against 0/500. */
const reference = loadFixture<ComparisonCase[]>('core_proportions.json').find((c) => c.name === 'treatment zero conversions (issue 11) alpha=0.05 two')!;

describe('5/500 conversions against 0/500 (issue 11): no degenerate interval, no certainty', () => {
  const file = join(dir, 'zero.json');
  writeFileSync(
    file,
    JSON.stringify({
      control: 'A',
      variants: [{ name: 'A', units: 500 }, { name: 'B', units: 500 }],
      metrics: [{ name: 'bought', kind: 'proportion', variants: [{ name: 'A', n: 500, sum: 5 }, { name: 'B', n: 500, sum: 0 }] }],
    }),
  );
  const result = analyze({ summary: file, bayesian: true });
  const comparison = result.metrics[0].comparisons[0];

  it('prints every comparison warning the report shows in the CLI text', () => {
    expect(comparison.warnings.map((entry) => entry.code)).toContain('FEW_CONVERSIONS');
    expect(analysisText(result)).toContain(`! FEW_CONVERSIONS: ${comparison.warnings.find((entry) => entry.code === 'FEW_CONVERSIONS')!.message}`);
  });

  it('reports the score interval of the ratio and the pooled p, as every surface shows them', () => {
    const [lo, hi] = comparison.headline.relative!.ci;
    expect(lo).toBe(-1);
    expectClose(hi, reference.relative.fieller!.ci[1]!, 'relative upper end', 1e-6);
    expect(hi!).toBeGreaterThan(-0.3);
    expect(hi!).toBeLessThan(-0.2);
    expectClose(comparison.headline.pValue, reference.absolute.pValue!, 'p', 1e-6);
    expect(comparison.significant).toBe(true);
  });

  it('falls back to the exact Beta-Binomial where the Gaussian posterior sd would be 0', () => {
    const exact = betaBinomialComparison({ n: 500, sum: 5, sumSquares: 5 }, { n: 500, sum: 0, sumSquares: 0 });
    expect(comparison.bayesian?.model).toBe('beta-binomial');
    expect(comparison.bayesian?.chanceToWin).toBe(exact.chanceToWin);
    expect(exact.chanceToWin).toBeGreaterThan(0.01);
    expect(exact.chanceToWin).toBeLessThan(0.02);
  });
});
