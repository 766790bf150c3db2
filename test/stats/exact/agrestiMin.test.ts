import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactScoreTest } from '../../../src/stats/exact/exactScoreTest.js';
import { expectClose, loadFixture, type Nullable } from '../goldenHelpers.js';

interface Arm { x: number; n: number }
interface AgrestiMinCase { treatment: Arm; control: Arm; alpha: number; pValue: number; difference: [number, number]; ratio: [Nullable, Nullable] }

// test/fixtures/stats/make_agresti_min_fixtures.py: every table enumerated, |z| ordering, dense nuisance grid.
const fixture = loadFixture<{ cases: AgrestiMinCase[] }>('exact_agresti_min.json');
const name = (c: { treatment: Arm; control: Arm }) => `${c.treatment.x}/${c.treatment.n} vs ${c.control.x}/${c.control.n}`;

describe('Agresti–Min exact unconditional intervals against the python brute force', () => {
  for (const c of fixture.cases) {
    it(`${name(c)} at alpha ${c.alpha}`, () => {
      const result = exactScoreTest(c.treatment, c.control, c.alpha, 'two', 'agresti-min');
      expectClose(result.pValue, c.pValue, 'p', 1e-6, 1e-12);
      expectClose(result.difference.ci[0], c.difference[0], 'difference lower', 1e-6, 1e-8);
      expectClose(result.difference.ci[1], c.difference[1], 'difference upper', 1e-6, 1e-8);
      expectClose(result.ratio.ci[0], c.ratio[0], 'ratio lower', 1e-6, 1e-8);
      expectClose(result.ratio.ci[1], c.ratio[1], 'ratio upper', 1e-6, 1e-8);
    });
  }
});

describe('Agresti–Min against Chan–Zhang', () => {
  it('p is at most the tail method\'s, the intervals no wider, and each excludes the null exactly when p < alpha (random small tables)', () => {
    const arm = fc.integer({ min: 1, max: 12 }).chain((n) => fc.record({ n: fc.constant(n), x: fc.integer({ min: 0, max: n }) }));
    fc.assert(
      fc.property(arm, arm, fc.constantFrom(0.01, 0.05, 0.1, 0.2), (treatment, control, alpha) => {
        const am = exactScoreTest(treatment, control, alpha, 'two', 'agresti-min');
        const cz = exactScoreTest(treatment, control, alpha, 'two');
        const label = JSON.stringify({ treatment, control, alpha, am, cz });
        expect(am.pValue, label).toBeLessThanOrEqual(cz.pValue + 1e-12);
        const rejects = am.pValue < alpha;
        expect(am.difference.ci[0] > 0 || am.difference.ci[1] < 0, `difference ${label}`).toBe(rejects);
        expect(am.ratio.ci[0] > 1 || am.ratio.ci[1] < 1, `ratio ${label}`).toBe(rejects);
      }),
      { numRuns: 40, seed: 20261202 },
    );
  });

  it('one-sided, the two methods are one test', () => {
    const a = exactScoreTest({ x: 7, n: 12 }, { x: 2, n: 12 }, 0.05, 'greater', 'agresti-min');
    const b = exactScoreTest({ x: 7, n: 12 }, { x: 2, n: 12 }, 0.05, 'greater');
    expect(a).toEqual(b);
  });
});
