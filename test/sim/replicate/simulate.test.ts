import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { VIEWER_CSV_HEADER } from '../../../src/sim/model/index.js';
import { simulate, summarize } from '../../../src/sim/replicate/index.js';
import { minimalScenario } from '../model/minimalScenario.js';

// Worker threads run the compiled dist/ files: `npm test` builds first (or run `npx tsc -p .`).
describe('simulate (replicates, workers, summary)', () => {
  const scenario = minimalScenario({
    plan: [{ type: 'flash_sale', startMinute: 10, endMinute: 15, productId: 'course' }],
    purchase: { baseline: -2 },
  });

  test('same seed: the same bytes for 1 and 2 workers, and the per-viewer export too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'livelift-simulate-'));
    const one = await simulate({ scenario, seed: 3, replicates: 4, workers: 1, exportViewers: join(dir, 'one.csv') });
    const two = await simulate({ scenario, seed: 3, replicates: 4, workers: 2, exportViewers: join(dir, 'two.csv') });
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
    const csv = readFileSync(join(dir, 'one.csv'), 'utf8');
    expect(readFileSync(join(dir, 'two.csv'), 'utf8')).toBe(csv);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(VIEWER_CSV_HEADER);
    expect(lines.length - 1).toBe(one.runs.reduce((sum, run) => sum + run.funnel.arrived, 0));
    // Part files are cleaned up; only the two exports remain.
    expect(readdirSync(dir).sort()).toEqual(['one.csv', 'two.csv']);
  });

  test('different seeds give different results; replicates are independent', async () => {
    const a = await simulate({ scenario, seed: 1, replicates: 2, workers: 1 });
    const b = await simulate({ scenario, seed: 2, replicates: 2, workers: 1 });
    expect(b.runs[0].timeline).not.toEqual(a.runs[0].timeline);
    expect(a.runs[1].timeline).not.toEqual(a.runs[0].timeline);
  });

  test('the result carries the contract fields, the scenario, the version and the seed', async () => {
    const result = await simulate({ scenario, seed: 0, replicates: 3, workers: 1 });
    expect(result.seed).toBe(0);
    expect(result.replicates).toBe(3);
    expect(result.scenario).toEqual(scenario);
    expect(result.livelift.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(result.runs).toHaveLength(3);
    const run = result.runs[0];
    expect(Object.keys(run)).toEqual(expect.arrayContaining(['seed', 'events', 'funnel', 'orders', 'revenue', 'peakConcurrentViewers', 'meanWatchSeconds', 'timeline']));
    expect(Object.keys(run.funnel)).toEqual(['arrived', 'engaged', 'sawLink', 'clicked', 'bought']);
    expect(run.timeline).toHaveLength(30);
    const revenue = result.summary.revenue;
    expect(revenue.mean).toBeCloseTo(result.runs.reduce((sum, r) => sum + r.revenue, 0) / 3, 6);
    expect(revenue.ci[0]).toBeLessThanOrEqual(revenue.mean!);
    expect(revenue.ci[1]).toBeGreaterThanOrEqual(revenue.mean!);
    expect(summarize(result.runs)).toEqual(result.summary);
  });

  test('R = A × P × V holds in every run', async () => {
    const result = await simulate({ scenario, seed: 4, replicates: 2, workers: 1 });
    for (const run of result.runs) {
      const { audience, purchaseRate, valuePerBuyer, revenue } = run.decomposition;
      expect(audience * purchaseRate * valuePerBuyer).toBeCloseTo(revenue, 6);
    }
  });
});
