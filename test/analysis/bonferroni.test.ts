import { describe, expect, it } from 'vitest';
import { analyze, expectClose, expected } from './analyzeHelpers.js';

describe('analyze --correction bonferroni', () => {
  it('multiplies each decision p by the family size (overall + segments) and labels every headline', () => {
    const result = analyze({ ...expected.segments.options, correction: 'bonferroni' });
    const comparisons = [result.metrics, ...result.segments!.map((segment) => segment.metrics)].flatMap((metrics) => metrics.flatMap((m) => m.comparisons));
    const family = comparisons.filter((c) => c.absolute.se !== null);
    expect(family.length).toBeGreaterThan(2);
    for (const c of family) {
      expectClose(c.adjustedPValue!, Math.min(1, family.length * c.headline.unadjustedPValue), 'bonferroni p');
      expect(c.headline.adjusted).toBe('bonferroni');
      expect(c.headline.label).toContain('Bonferroni-adjusted');
      expect(c.adjustedCi!.alpha).toBeCloseTo(result.alpha / family.length, 15);
      expect(c.significant).toBe(c.adjustedPValue! < result.alpha);
    }
  });
});
