import { describe, expect, it } from 'vitest';
import { FactorialDesignSchema } from '../../../src/experiments/schema/designSchema.js';
import { factorialArms, levelIndexes } from '../../../src/experiments/design/factorialArms.js';

describe('factorialArms', () => {
  const design = FactorialDesignSchema.parse({
    kind: 'factorial',
    factors: [
      { name: 'host', levels: [{ name: 'lin' }, { name: 'wang', overrides: { host: { charisma: 0.9 } } }] },
      { name: 'price', levels: [{ name: 'p99' }, { name: 'p129', set: { 'products[0].price': 129 } }, { name: 'p149', set: { 'products[0].price': 149 } }] },
    ],
  });
  it('makes every combination, the first factor varying slowest, arm 0 all baselines', () => {
    const arms = factorialArms(design);
    expect(arms.map((arm) => arm.name)).toEqual(['lin.p99', 'lin.p129', 'lin.p149', 'wang.p99', 'wang.p129', 'wang.p149']);
    expect(arms[4].levels).toEqual([1, 1]);
    expect(arms[4].changes.map((change) => change.at)).toEqual(['design.factors[0].levels[1]', 'design.factors[1].levels[1]']);
    expect(arms[4].description).toBe('host = wang, price = p129');
  });
  it('levelIndexes is the mixed-radix expansion', () => {
    expect(levelIndexes(5, [2, 3])).toEqual([1, 2]);
    expect(levelIndexes(0, [2, 2, 2])).toEqual([0, 0, 0]);
    expect(levelIndexes(7, [2, 2, 2])).toEqual([1, 1, 1]);
  });
});
