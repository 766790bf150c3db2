import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { writeFileAtomic } from '../src/io/atomicWrite.js';
import { loadScenario } from '../src/sim/scenario/index.js';
import { simulate, type SimulationResult } from '../src/sim/replicate/index.js';

/**
 * Every shipped scenario runs and matches its saved summary in scenarios/expected/. After an
 * intended change to the model, regenerate them with
 *   UPDATE_EXPECTED=1 npx vitest run test/scenarios.test.ts
 * and review the diff (docs/scenarios.md).
 */
const root = fileURLToPath(new URL('../scenarios/', import.meta.url));
const shipped = [
  ...readdirSync(root).filter((name) => name.endsWith('.json') && name !== 'scenario.schema.json'),
  ...readdirSync(join(root, 'benchmarks')).map((name) => `benchmarks/${name}`),
];
/** Replicates per scenario: few, so the suite stays fast; the heavy reference workload runs once. */
const replicatesFor = (file: string) => (file.startsWith('benchmarks/') ? 1 : 3);

interface Expected {
  scenario: string;
  seed: number;
  replicates: number;
  summary: SimulationResult['summary'];
  runs: { events: number; funnel: SimulationResult['runs'][number]['funnel']; orders: number; revenue: number }[];
}

function saved(result: SimulationResult, file: string): Expected {
  return {
    scenario: file,
    seed: result.seed,
    replicates: result.replicates,
    summary: result.summary,
    runs: result.runs.map((run) => ({ events: run.events, funnel: run.funnel, orders: run.orders, revenue: run.revenue })),
  };
}

/** Equal up to 1e-9 relative in every number (sums of floating-point prices). */
function expectClose(actual: unknown, expected: unknown, path: string): void {
  if (typeof expected === 'number') {
    expect(typeof actual, path).toBe('number');
    expect(Math.abs((actual as number) - expected), path).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
  } else if (typeof expected === 'object' && expected !== null) {
    expect(Object.keys(actual as object).sort(), path).toEqual(Object.keys(expected).sort());
    for (const [key, value] of Object.entries(expected)) expectClose((actual as Record<string, unknown>)[key], value, `${path}.${key}`);
  } else {
    expect(actual, path).toEqual(expected);
  }
}

describe('shipped scenarios match their saved summaries', () => {
  test('there are at least three plans and the reference workload', () => {
    expect(shipped.filter((file) => !file.startsWith('benchmarks/')).length).toBeGreaterThanOrEqual(3);
    expect(shipped).toContain('benchmarks/reference-session.json');
  });

  test.each(shipped)('%s', async (file) => {
    const scenario = loadScenario(join(root, file));
    const result = await simulate({ scenario, seed: scenario.seed, replicates: replicatesFor(file), workers: 1 });
    const actual = saved(result, file);
    const expectedPath = join(root, 'expected', `${basename(file, '.json')}.summary.json`);
    if (process.env.UPDATE_EXPECTED === '1') writeFileAtomic(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
    const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Expected;
    expectClose(actual, expected, file);
  });
});
