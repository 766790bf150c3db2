import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boschlooExact } from '../../../src/stats/exact/boschlooExact.js';
import { exactScoreTest } from '../../../src/stats/exact/exactScoreTest.js';
import type { Sides } from '../../../src/stats/types.js';
import { expectClose, loadFixture, type Nullable } from '../goldenHelpers.js';

interface Arm { x: number; n: number }
interface BoschlooCase { treatment: Arm; control: Arm; two: number; greater: number; less: number; scipy: Record<Sides, number> }
interface ScoreSide { pValue: number; difference: [number, number]; ratio: [Nullable, Nullable] }
interface ScoreCase { treatment: Arm; control: Arm; alpha: number; two: ScoreSide; greater: ScoreSide; less: ScoreSide }

// test/fixtures/stats/make_unconditional_fixtures.py: every table enumerated, dense nuisance grid.
const fixture = loadFixture<{ boschloo: BoschlooCase[]; score: ScoreCase[] }>('exact_unconditional.json');
const SIDES: Sides[] = ['two', 'greater', 'less'];
const name = (c: { treatment: Arm; control: Arm }) => `${c.treatment.x}/${c.treatment.n} vs ${c.control.x}/${c.control.n}`;

describe('boschlooExact against the python reference and scipy.stats.boschloo_exact', () => {
  for (const c of fixture.boschloo) {
    it(name(c), () => {
      for (const sides of SIDES) {
        const { pValue } = boschlooExact(c.treatment, c.control, sides);
        expectClose(pValue, c[sides], `${sides} p`, 1e-6, 1e-12);
        expectClose(pValue, c.scipy[sides], `${sides} p (scipy)`, 1e-6, 1e-12);
      }
    });
  }

  it('is never larger than twice Fisher-like extremes allow: p in [0, 1], and smaller when the treatment leads by more', () => {
    const p = (x: number) => boschlooExact({ x, n: 30 }, { x: 5, n: 30 }, 'greater').pValue;
    expect(p(12)).toBeLessThan(p(9));
    expect(p(9)).toBeLessThan(p(6));
    expect(p(5)).toBeLessThanOrEqual(1);
  });
});

describe('exactScoreTest (Chan–Zhang) against the python reference', () => {
  for (const c of fixture.score) {
    for (const sides of SIDES) {
      it(`${name(c)} at ${c.alpha}, ${sides}`, () => {
        const result = exactScoreTest(c.treatment, c.control, c.alpha, sides);
        const expected = c[sides];
        expectClose(result.pValue, expected.pValue, 'p', 1e-6, 1e-12);
        // The ends are refined by bisection to 2^-32 of a scan step (about 2e-11 in δ).
        expectClose(result.difference.ci[0], expected.difference[0], 'difference lower', 1e-6, 1e-8);
        expectClose(result.difference.ci[1], expected.difference[1], 'difference upper', 1e-6, 1e-8);
        expectClose(result.ratio.ci[0], expected.ratio[0], 'ratio lower', 1e-6, 1e-8);
        expectClose(result.ratio.ci[1], expected.ratio[1], 'ratio upper', 1e-6, 1e-8);
      });
    }
  }
});

describe('exact unconditional intervals agree with the decision', () => {
  it('the difference interval excludes 0 and the ratio interval excludes 1 exactly when p < alpha (random small tables)', () => {
    const arm = fc.integer({ min: 1, max: 14 }).chain((n) => fc.record({ n: fc.constant(n), x: fc.integer({ min: 0, max: n }) }));
    fc.assert(
      fc.property(arm, arm, fc.constantFrom(0.01, 0.05, 0.1, 0.2), fc.constantFrom<Sides>('two', 'greater', 'less'), (treatment, control, alpha, sides) => {
        const result = exactScoreTest(treatment, control, alpha, sides);
        const rejects = result.pValue < alpha;
        const [dl, du] = result.difference.ci;
        const [rl, ru] = result.ratio.ci;
        expect(dl > 0 || du < 0, `difference ${JSON.stringify({ treatment, control, alpha, sides, result })}`).toBe(rejects);
        expect(rl > 1 || ru < 1, `ratio ${JSON.stringify({ treatment, control, alpha, sides, result })}`).toBe(rejects);
      }),
      { numRuns: 60, seed: 20261202 },
    );
  });

  it('the exact score p is larger (more conservative) than the asymptotic pooled z in a tiny trial, and shrinks as the gap grows', () => {
    const p = (x: number) => exactScoreTest({ x, n: 20 }, { x: 3, n: 20 }, 0.05, 'two').pValue;
    expect(p(12)).toBeLessThan(p(9));
    expect(p(9)).toBeLessThan(p(6));
  });
});
