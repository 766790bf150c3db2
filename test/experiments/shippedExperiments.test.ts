import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadExperiment } from '../../src/experiments/load/loadExperiment.js';
import type { ExperimentResult } from '../../src/experiments/output/ExperimentResult.js';
import { runExperiment } from '../../src/experiments/run/runExperiment.js';

/**
 * Every shipped experiment (scenarios/experiments/*.json, except bandits, which have their own
 * runner and tests) runs here with few replicates and must match its saved summary in
 * scenarios/experiments/expected/. After an intended change to the model or the runner,
 * regenerate them with:
 *
 *   UPDATE_EXPECTED=1 npx vitest run test/experiments/shippedExperiments.test.ts
 *
 * and review the diff (docs/experiments.md, "Saved summaries").
 */
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const FOLDER = join(ROOT, 'scenarios', 'experiments');
const EXPECTED = join(FOLDER, 'expected');
const UPDATE = process.env.UPDATE_EXPECTED === '1';

/** Replicates in the suite: session-randomized designs simulate many sessions per replicate. */
const SUITE_REPLICATES = { viewer: 2, session: 1, switchback: 2 } as const;

const SHIPPED = ['host-strategy', 'price-points', 'link-placement', 'coupon-depth', 'flash-sale-timing', 'pitch-policy'];

/** Numbers to 9 significant digits, so the summary survives harmless last-bit differences. */
function round(value: number | null): number | null {
  return value === null || !Number.isFinite(value) ? null : Number(value.toPrecision(9));
}

/** What a saved summary keeps of a result: per arm and per comparison, the headline numbers. */
function summary(result: ExperimentResult): unknown {
  const primary = result.metrics.primary;
  return {
    name: result.name,
    seed: result.seed,
    replicates: result.replicates,
    unit: result.unit.kind,
    arms: result.arms.map((arm) => ({
      name: arm.name,
      revenuePerSession: round(arm.revenuePerSession.mean),
      viewersPerSession: round(arm.viewersPerSession),
      [primary]: round(arm.metrics[primary] ?? null),
    })),
    comparisons: result.comparisons.map((c) => ({
      contrast: c.contrast,
      metric: c.metric,
      trueAbsolute: round(c.truth.absolute),
      trueRelative: round(c.truth.relative),
      meanEstimate: round(c.estimate.absolute.mean),
      rejectionRate: c.rejectionRate.value,
      naiveRejectionRate: c.naive?.rejectionRate.value ?? null,
    })),
    recommendation: `${result.recommendation.verdict}: ${result.recommendation.arm}`,
  };
}

describe('shipped experiments', () => {
  it('every experiment file in scenarios/experiments/ is listed here or is a bandit', () => {
    const files = readdirSync(FOLDER).filter((name) => name.endsWith('.json') && name !== 'experiment.schema.json');
    for (const file of files) {
      const name = file.replace(/\.json$/, '');
      const design = (JSON.parse(readFileSync(join(FOLDER, file), 'utf8')) as { design?: { kind?: string } }).design?.kind;
      expect(SHIPPED.includes(name) || design === 'bandit', `${file} is not covered by this test`).toBe(true);
    }
  });

  for (const name of SHIPPED) {
    it(`${name} matches its saved summary`, async () => {
      const loaded = loadExperiment(join(FOLDER, `${name}.json`));
      expect(loaded.experiment.$schema).toBe('./experiment.schema.json');
      expect(loaded.experiment.description.length).toBeGreaterThan(80);
      const result = await runExperiment(loaded, { replicates: SUITE_REPLICATES[loaded.experiment.unit.kind], workers: 1 });
      const actual = summary(result);
      const file = join(EXPECTED, `${name}.summary.json`);
      if (UPDATE || !existsSync(file)) {
        mkdirSync(EXPECTED, { recursive: true });
        writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
        if (!UPDATE) throw new Error(`wrote the missing summary ${file}; review it and run again`);
      }
      expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
    });
  }
});
