import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { fitPlan } from '../../src/fit/index.js';
import { loadScenario } from '../../src/sim/scenario/index.js';

const file = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const golden = JSON.parse(readFileSync(file('./fixtures/arrivals-interactions.golden.json'), 'utf8')) as { values: Record<string, number>; se: Record<string, number> };

describe('follower arrivals and interaction rates against numpy/scipy (fixtures/make_arrivals_interactions_fixture.py)', () => {
  test('truncated-exponential MLE, ratio estimators with sandwich se, negative-binomial moment dispersion: 1e-6 relative', () => {
    const scenario = loadScenario(file('../../scenarios/past-sessions/plan.json'));
    const { record } = fitPlan({ scenario, planFile: 'plan.json', viewers: [file('../../scenarios/past-sessions/viewers.csv')], settings: { simulationReplicates: 1 } });
    for (const [path, value] of Object.entries(golden.values)) {
      const e = record.estimates.find((estimate) => estimate.path === path)!;
      expect(Math.abs(e.value / value - 1), path).toBeLessThan(1e-6);
      if (golden.se[path] !== undefined) expect(Math.abs(e.se! / golden.se[path] - 1), `${path} se`).toBeLessThan(1e-6);
    }
  });
});
