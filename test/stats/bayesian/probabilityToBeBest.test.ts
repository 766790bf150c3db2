import { describe, expect, it } from 'vitest';
import { probabilityBetaGreater } from '../../../src/stats/bayesian/probabilityBetaGreater.js';
import { probabilityToBeBest, type ArmPosterior } from '../../../src/stats/bayesian/probabilityToBeBest.js';
import { expectClose, loadFixture } from '../goldenHelpers.js';

// test/fixtures/stats/make_best_fixtures.py: scipy.integrate.quad of f_i·Π F_j per arm.
const cases = loadFixture<{ name: string; arms: ArmPosterior[]; probabilities: number[] }[]>('bayesian_best.json');

describe('probabilityToBeBest against scipy quad (make_best_fixtures.py)', () => {
  for (const c of cases) {
    it(c.name, () => {
      const result = probabilityToBeBest(c.arms);
      result.forEach((p, i) => expectClose(p, c.probabilities[i], `arm ${i}`, 1e-6, 1e-12));
      expectClose(result.reduce((sum, p) => sum + p, 0), 1, 'sum', 1e-9);
    });
  }

  it('with two conversion arms it is the exact Beta-Binomial P(B > A)', () => {
    const [a, b] = [{ a: 11, b: 91 }, { a: 16, b: 86 }];
    const [, best] = probabilityToBeBest([{ kind: 'beta', ...a }, { kind: 'beta', ...b }]);
    expectClose(best, probabilityBetaGreater({ alpha: a.a, beta: a.b }, { alpha: b.a, beta: b.b }).probability, 'P(B best)', 1e-9);
  });

  it('direction: more conversions in an arm raise its chance to be best and lower the others', () => {
    const arms = (x: number): ArmPosterior[] => [{ kind: 'beta', a: 11, b: 91 }, { kind: 'beta', a: 1 + x, b: 101 - x }, { kind: 'beta', a: 14, b: 88 }];
    const [low, high] = [probabilityToBeBest(arms(12)), probabilityToBeBest(arms(18))];
    expect(high[1]).toBeGreaterThan(low[1]);
    expect(high[0]).toBeLessThan(low[0]);
    expect(high[2]).toBeLessThan(low[2]);
  });

  it('is NaN for every arm when a posterior is degenerate (sd 0)', () => {
    expect(probabilityToBeBest([{ kind: 'normal', mean: 1, sd: 0 }, { kind: 'normal', mean: 1, sd: 1 }, { kind: 'normal', mean: 2, sd: 1 }]).every(Number.isNaN)).toBe(true);
  });
});
