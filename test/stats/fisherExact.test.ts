import { describe, expect, it } from 'vitest';
import { fisherExact } from '../../src/stats/fisherExact.js';
import type { Sides } from '../../src/stats/types.js';
import { expectClose, loadFixture } from './goldenHelpers.js';
import type { FisherCase } from './fisherCase.js';

const cases = loadFixture<FisherCase[]>('exact_fisher.json');

describe('fisherExact against scipy (make_exact_fixtures.py)', () => {
  for (const c of cases) {
    const name = `${c.treatment.x}/${c.treatment.n} vs ${c.control.x}/${c.control.n} at ${c.alpha}`;
    for (const sides of ['two', 'greater', 'less'] as Sides[]) {
      it(`${name}, ${sides}`, () => {
        const result = fisherExact(c.treatment, c.control, c.alpha, sides);
        const expected = c[sides];
        expectClose(result.pValue, expected.pValue, 'p', 1e-6, 1e-12);
        if (c.oddsRatio === 'NaN') expect(result.oddsRatio).toBeNaN();
        else expectClose(result.oddsRatio, c.oddsRatio, 'odds ratio');
        expectClose(result.ci[0], expected.ci[0], 'lower');
        expectClose(result.ci[1], expected.ci[1], 'upper');
      });
    }
  }

  it('the two-sided interval excludes 1 exactly when p < alpha', () => {
    for (const c of cases) {
      for (const alpha of [0.01, 0.05, 0.1, 0.2]) {
        const result = fisherExact(c.treatment, c.control, alpha, 'two');
        const excludes = result.ci[0] > 1 || result.ci[1] < 1;
        expect(excludes, `${JSON.stringify(c.treatment)} ${JSON.stringify(c.control)} at ${alpha}`).toBe(result.pValue < alpha);
      }
    }
  });
});
