import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { InputError, type InputProblem } from '../../../src/io/inputError.js';
import { applyOverrides, loadScenario, parseScenario } from '../../../src/sim/scenario/index.js';
import { minimalScenarioInput } from '../model/minimalScenario.js';

/** The problems an invalid scenario raises (fails the test if it is accepted). */
function problemsOf(json: unknown): InputProblem[] {
  try {
    parseScenario(json, 'plan.json');
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).problems;
  }
  throw new Error('expected the scenario to be rejected');
}

function paths(problems: InputProblem[]): string[] {
  return problems.map((problem) => problem.path ?? '');
}

describe('parseScenario: the schema', () => {
  test('a minimal scenario gets every default filled in', () => {
    const scenario = parseScenario(minimalScenarioInput());
    expect(scenario.seed).toBe(1);
    expect(scenario.link.placement).toBe('pinned');
    expect(scenario.purchase.triggers.linkLive).toBe(true);
    expect(scenario.audience.segments[0].baseInterest).toEqual({ alpha: 2, beta: 5 });
  });

  test('wrong type: one problem with its path and what was expected', () => {
    const problems = problemsOf(minimalScenarioInput({ session: { durationMinutes: 'sixty' } }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'plan.json', path: 'session.durationMinutes' });
    expect(problems[0].message).toMatch(/expected number/);
  });

  test('unknown field, anywhere', () => {
    const problems = problemsOf(minimalScenarioInput({ traffic: { arrivals: { perMinutes: 3 } }, colour: 'red' }));
    expect(paths(problems)).toEqual(expect.arrayContaining(['traffic.arrivals.perMinutes', 'colour']));
    expect(problems.find((p) => p.path === 'colour')?.message).toMatch(/unknown field "colour"/);
  });

  test('negative rate', () => {
    const problems = problemsOf(minimalScenarioInput({ traffic: { arrivals: { kind: 'constant', perMinute: -5 } } }));
    expect(paths(problems)).toEqual(['traffic.arrivals.perMinute']);
    expect(problems[0].message).toMatch(/>=0/);
  });

  test('missing required field', () => {
    const input = minimalScenarioInput() as Record<string, unknown>;
    delete input.products;
    const problems = problemsOf(input);
    expect(problems).toEqual([expect.objectContaining({ path: 'products', message: expect.stringMatching(/required field is missing/) })]);
  });

  test('several problems are all reported at once', () => {
    const problems = problemsOf(minimalScenarioInput({ name: '', session: { durationMinutes: -1 }, pitchPolicy: 'random' }));
    expect(paths(problems).sort()).toEqual(['name', 'pitchPolicy', 'session.durationMinutes']);
  });

  test('unknown segment type names the allowed types', () => {
    const problems = problemsOf(minimalScenarioInput({ plan: [{ type: 'dance', startMinute: 0, endMinute: 5 }] }));
    expect(paths(problems)).toEqual(['plan[0].type']);
    expect(problems[0].message).toMatch(/flash_sale/);
  });
});

describe('parseScenario: cross-field rules', () => {
  test('shares not summing to 1', () => {
    const segments = [
      { id: 'a', share: 0.5 },
      { id: 'b', share: 0.3 },
    ];
    const problems = problemsOf(minimalScenarioInput({ audience: { segments } }));
    expect(problems).toEqual([expect.objectContaining({ path: 'audience.segments', message: expect.stringMatching(/sum to 1, but they sum to 0.8/) })]);
  });

  test('shares like 0.3 + 0.3 + 0.4 pass despite rounding', () => {
    const segments = ['a', 'b', 'c'].map((id, i) => ({ id, share: [0.3, 0.3, 0.4][i] }));
    expect(() => parseScenario(minimalScenarioInput({ audience: { segments } }))).not.toThrow();
  });

  test('overlapping segments and segments beyond the session', () => {
    const plan = [
      { type: 'intro', startMinute: 0, endMinute: 10 },
      { type: 'qa', startMinute: 8, endMinute: 20 },
      { type: 'pitch', startMinute: 25, endMinute: 40 },
    ];
    const problems = problemsOf(minimalScenarioInput({ plan }));
    expect(paths(problems)).toEqual(['plan[2].endMinute', 'plan[1].startMinute']);
    expect(problems[0].message).toMatch(/beyond the session's 30 minutes/);
    expect(problems[1].message).toMatch(/overlapping plan\[0\] \(intro, minutes 0–10\)/);
  });

  test('a segment ending before it starts', () => {
    const problems = problemsOf(minimalScenarioInput({ plan: [{ type: 'qa', startMinute: 10, endMinute: 5 }] }));
    expect(paths(problems)).toEqual(['plan[0].endMinute']);
  });

  test('unknown product ids in the plan and the link', () => {
    const plan = [
      { type: 'flash_sale', startMinute: 0, endMinute: 5, productId: 'ebook' },
      { type: 'giveaway', startMinute: 5, endMinute: 6, couponProductId: 'column' },
    ];
    const problems = problemsOf(minimalScenarioInput({ plan, link: { productId: 'nope' } }));
    expect(paths(problems)).toEqual(['plan[0].productId', 'plan[1].couponProductId', 'link.productId']);
    expect(problems[0].message).toBe('unknown product id "ebook"; expected one of "course"');
  });

  test('duplicate ids, list price below price, curve minutes out of order', () => {
    const input = minimalScenarioInput({
      products: [
        { id: 'a', price: 10, listPrice: 5 },
        { id: 'a', price: 20 },
      ],
    });
    input.traffic.arrivals = { kind: 'curve', points: [[0, 1], [10, 2], [5, 3], [40, 1]] };
    const problems = problemsOf(input);
    expect(paths(problems)).toEqual(['products[1].id', 'products[0].listPrice', 'traffic.arrivals.points[2]', 'traffic.arrivals.points[3]']);
  });
});

describe('loadScenario: files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'livelift-scenario-'));

  test('a missing file', () => {
    expect(() => loadScenario(join(dir, 'nope.json'))).toThrow(/nope\.json: file not found/);
  });

  test('invalid JSON reports line and column', () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{\n  "name": "x",\n  "session": { "durationMinutes": 60, }\n}\n');
    try {
      loadScenario(file);
      throw new Error('expected a failure');
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).problems[0].message).toMatch(/^invalid JSON at line 3, column \d+/);
    }
  });

  test('applyOverrides deep-merges and validates again', () => {
    const base = parseScenario(minimalScenarioInput());
    const changed = applyOverrides(base, { purchase: { socialProof: 0.3 }, products: [{ id: 'course', price: 150 }] });
    expect(changed.purchase.socialProof).toBe(0.3);
    expect(changed.purchase.baseline).toBe(base.purchase.baseline);
    expect(changed.products[0].price).toBe(150);
    expect(() => applyOverrides(base, { products: [{ id: 'course', price: -1 }] })).toThrow(InputError);
  });
});
