import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAnalyzeOptions } from '../../src/analysis/analyzeCommand.js';
import { dunnettAdjust } from '../../src/stats/dunnettAdjust.js';
import { analyze, expectClose } from './analyzeHelpers.js';

const dir = mkdtempSync(join(tmpdir(), 'livelift-dunnett-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Control A and three treatments; means with unequal spreads (Welch), conversions.
const arms = [
  { name: 'A', n: 400, mean: 10, sd: 3, conversions: 40 },
  { name: 'B', n: 380, mean: 10.5, sd: 4, conversions: 52 },
  { name: 'C', n: 420, mean: 10.1, sd: 2.5, conversions: 45 },
  { name: 'D', n: 250, mean: 9.4, sd: 3.5, conversions: 19 },
];
const summary = {
  control: 'A',
  variants: arms.map(({ name, n }) => ({ name, units: n })),
  metrics: [
    { name: 'revenue', kind: 'mean', variants: arms.map(({ name, n, mean, sd }) => ({ name, n, sum: n * mean, sumSquares: (n - 1) * sd * sd + n * mean * mean })) },
    { name: 'converted', kind: 'proportion', variants: arms.map(({ name, n, conversions }) => ({ name, n, sum: conversions })) },
  ],
};
const path = join(dir, 'summary.json');
writeFileSync(path, JSON.stringify(summary));

describe('analyze --correction dunnett', () => {
  const result = analyze({ summary: path, correction: 'dunnett' });
  const [revenue, converted] = result.metrics;

  it('means: Welch statistics, λ² = v₀/(v₀ + vᵢ) from each arm, each comparison at its own Welch df', () => {
    const v = arms.map(({ n, sd }) => (sd * sd) / n);
    const hypotheses = revenue.comparisons.map((c, i) => {
      const [v0, vi, n0, ni] = [v[0], v[i + 1], arms[0].n, arms[i + 1].n];
      const df = (v0 + vi) ** 2 / ((v0 * v0) / (n0 - 1) + (vi * vi) / (ni - 1));
      return { pValue: c.headline.unadjustedPValue, lambda: Math.sqrt(v0 / (v0 + vi)), df };
    });
    const expected = dunnettAdjust(hypotheses, 'two', 0.05);
    revenue.comparisons.forEach((c, i) => {
      expectClose(c.adjustedPValue, expected.adjusted[i], `adjusted p ${c.variant}`, 1e-10);
      expect(c.headline.adjusted).toBe('dunnett');
      expect(c.headline.label).toContain('Dunnett-adjusted');
      // The simultaneous interval: difference ± cᵢ·se, which excludes 0 exactly when adjusted p < alpha.
      const { estimate, se } = c.absolute;
      expectClose(c.headline.absolute.ci[0], estimate! - expected.critical[i] * se!, `lower ${c.variant}`, 1e-8);
      expectClose(c.headline.absolute.ci[1], estimate! + expected.critical[i] * se!, `upper ${c.variant}`, 1e-8);
      expect(c.significant).toBe(c.adjustedPValue! < 0.05);
    });
  });

  it('conversions: the score test, λ² = nᵢ/(nᵢ + n₀) (its null correlation), normal reference', () => {
    const hypotheses = converted.comparisons.map((c, i) => ({ pValue: c.headline.unadjustedPValue, lambda: Math.sqrt(arms[i + 1].n / (arms[i + 1].n + arms[0].n)), df: Infinity }));
    const expected = dunnettAdjust(hypotheses, 'two', 0.05);
    converted.comparisons.forEach((c, i) => expectClose(c.adjustedPValue, expected.adjusted[i], `adjusted p ${c.variant}`, 1e-10));
  });

  it('corrects within each metric (k = 3), below Bonferroni over the same three and above the raw p', () => {
    for (const c of [...revenue.comparisons, ...converted.comparisons]) {
      expect(c.adjustedPValue!).toBeGreaterThan(c.headline.unadjustedPValue);
      expect(c.adjustedPValue!).toBeLessThan(Math.min(1, 3 * c.headline.unadjustedPValue));
      expect(c.adjustedCi!.alpha).toBeGreaterThan(0.05 / 3);
      expect(c.adjustedCi!.alpha).toBeLessThan(0.05);
    }
    // The smallest p: about 1 − (1 − p)³ for weakly correlated statistics, clearly less than 3p.
    const smallest = [...converted.comparisons].sort((a, b) => a.headline.unadjustedPValue - b.headline.unadjustedPValue)[0];
    expect(smallest.adjustedPValue!).toBeLessThan(2.9 * smallest.headline.unadjustedPValue);
  });

  it('one-sided: max Tⱼ, the interval open on one side', () => {
    const greater = analyze({ summary: path, correction: 'dunnett', sides: 'greater' });
    const hypotheses = greater.metrics[1].comparisons.map((c, i) => ({ pValue: c.headline.unadjustedPValue, lambda: Math.sqrt(arms[i + 1].n / (arms[i + 1].n + arms[0].n)), df: Infinity }));
    const expected = dunnettAdjust(hypotheses, 'one', 0.05);
    greater.metrics[1].comparisons.forEach((c, i) => {
      expectClose(c.adjustedPValue, expected.adjusted[i], `adjusted p ${c.variant}`, 1e-10);
      expect(c.headline.absolute.ci[1]).toBeNull();
    });
  });

  it('is refused with --sequential and --exact (no t or normal statistic to correlate)', () => {
    expect(() => parseAnalyzeOptions({ summary: path, correction: 'dunnett', sequential: true })).toThrow(/dunnett/);
    expect(() => parseAnalyzeOptions({ summary: path, correction: 'dunnett', exact: true })).toThrow(/dunnett/);
  });
});
