import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../../src/sim/model/RunResult.js';
import { runSession } from '../../../src/sim/model/runSession.js';
import { parseScenario } from '../../../src/sim/scenario/parseScenario.js';
import { readJsonFile } from '../../../src/io/readJsonFile.js';
import { pairedDifferences } from '../../../src/web/compare/pairedDifferences.js';

const base = parseScenario(readJsonFile('scenarios/ebook-night.json'));
const runs = (scenario: typeof base, n: number): RunResult[] => Array.from({ length: n }, (_, replicate) => runSession(scenario, { seed: 11, replicate }));

describe('pairedDifferences (common random numbers)', () => {
  it('a plan against itself differs by exactly 0, interval [0, 0]', () => {
    const a = runs(base, 3);
    for (const metric of pairedDifferences(a, runs(base, 3))) expect([metric.difference, ...metric.interval], metric.name).toEqual([0, 0, 0]);
  });

  it('B − A is the mean of per-replicate differences, with a t interval around it', () => {
    const cheaper = parseScenario({ ...(readJsonFile('scenarios/ebook-night.json') as object), products: (base.products as { price: number }[]).map((product) => ({ ...product, price: product.price * 0.5 })) });
    const a = runs(base, 4);
    const b = runs(cheaper, 4);
    const revenue = pairedDifferences(a, b).find((metric) => metric.name === 'revenue')!;
    const expected = b.reduce((sum, run, index) => sum + run.revenue - a[index].revenue, 0) / 4;
    expect(revenue.difference).toBeCloseTo(expected, 6);
    expect(revenue.interval[0]).toBeLessThan(revenue.difference);
    expect(revenue.interval[1]).toBeGreaterThan(revenue.difference);
  });

  it('refuses runs of unequal length', () => {
    expect(() => pairedDifferences(runs(base, 2), runs(base, 1))).toThrow(/same replicates/);
  });
});
