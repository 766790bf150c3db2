import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { BanditResult } from '../../../src/experiments/bandit/BanditResult.js';
import { banditFiles } from '../../../src/experiments/bandit/banditFiles.js';
import { formatBanditText } from '../../../src/experiments/bandit/formatBanditText.js';
import { runBanditExperiment } from '../../../src/experiments/bandit/runBanditExperiment.js';
import { loadExperiment, parseExperiment, type LoadedExperiment } from '../../../src/experiments/load/loadExperiment.js';
import { REFERENCE_PRIOR } from '../../../src/experiments/bandit/normalInverseGamma.js';
import { DEFAULT_SEASON_SETTINGS } from '../../../src/experiments/season/seasonSettings.js';
import { tinyScenario } from '../simulatedPower/tinyRooms.js';

const SHIPPED = fileURLToPath(new URL('../../../scenarios/experiments/host-bandit.json', import.meta.url));
const EXPECTED = fileURLToPath(new URL('./expected/host-bandit.summary.json', import.meta.url));
const UPDATE = process.env.UPDATE_EXPECTED === '1';

/** Three hosts on the tiny room; the charismatic one sells clearly more. */
function tinyHostBandit(sessionsPerSeason: number): LoadedExperiment {
  const host = (name: string, charisma: number) => ({ name, overrides: { host: { name, charisma } } });
  return parseExperiment({
    name: 'tiny host bandit',
    scenario: tinyScenario({ purchase: { baseline: -3, socialProof: 0, crowd: 0, chatBuzz: 0 }, host: { followers: 0, charismaHold: 2 } }),
    design: { kind: 'bandit', arms: [host('flat', 0.2), host('steady', 0.5), host('star', 0.95)], sessionsPerSeason, burnInSessionsPerArm: 1 },
  });
}

describe('runBanditExperiment on the live-session model', () => {
  it('gives the same bytes for 1 and 2 workers (run npm run build first: workers load dist/)', async () => {
    const loaded = tinyHostBandit(8);
    const one = await runBanditExperiment(loaded, { replicates: 4, workers: 1, seed: 3 });
    const two = await runBanditExperiment(loaded, { replicates: 4, workers: 2, seed: 3 });
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
    expect(one.kind).toBe('bandit');
    // burnInSessionsPerArm 1 is raised to the 2 sessions the reference prior needs, and said so.
    expect(one.warmupSessionsPerArm).toBe(2);
    expect(one.notes.map((note) => note.code)).toContain('WARMUP_RAISED');
  });

  it('Thompson sampling beats the fixed split on regret when one host is clearly best', async () => {
    const result = await runBanditExperiment(tinyHostBandit(24), { replicates: 12, workers: 1, seed: 5 });
    expect(result.bestArm).toBe('star');
    expect(result.thompson.cumulativeRegret.mean).toBeLessThan(result.fixed!.cumulativeRegret.mean);
    expect(result.difference!.cumulativeRegret.ci[1]).toBeLessThan(0);
    const share = (from: number, to: number) => {
      const points = result.bySession.filter((p) => p.policy === 'thompson' && p.session >= from && p.session < to);
      return points.reduce((sum, p) => sum + p.bestArmShare, 0) / points.length;
    };
    expect(share(16, 24)).toBeGreaterThan(share(6, 12));
    expect(formatBanditText(result)).toMatch(/star earns the most per session/);
    const files = banditFiles(result);
    expect(Object.keys(files).sort()).toEqual(['result.json', 'tables/arms.csv', 'tables/by-session.csv', 'tables/policies.csv']);
  });

  it('takes the prior and the season settings from the file; a proper prior needs no warm-up', async () => {
    const defaults = tinyHostBandit(6);
    const design = defaults.experiment.design;
    expect(design.kind === 'bandit' && design.prior).toEqual(REFERENCE_PRIOR);
    expect(design.kind === 'bandit' && design.season).toEqual(DEFAULT_SEASON_SETTINGS);
    const prior = { mean: 500, strength: 2, shape: 2, rate: 40000 };
    const season = { returningInterestBoost: 0, returningTrustBoost: 0.3, notificationDecayMinutes: 2 };
    const loaded = parseExperiment({
      name: 'tiny host bandit, informative prior',
      scenario: tinyScenario({ host: { followers: 0 } }),
      design: { kind: 'bandit', arms: [{ name: 'a' }, { name: 'b', overrides: { host: { charisma: 0.9 } } }], sessionsPerSeason: 6, burnInSessionsPerArm: 0, prior, season },
    });
    const result = await runBanditExperiment(loaded, { replicates: 2, workers: 1, seed: 1 });
    expect(result.prior).toEqual(prior);
    expect(result.season).toEqual(season);
    expect(result.warmupSessionsPerArm).toBe(0);
    // The reference prior raises a burn-in of 0 to 2 sessions per arm.
    const reference = await runBanditExperiment(loaded, { replicates: 1, workers: 1, seed: 1, prior: REFERENCE_PRIOR });
    expect(reference.warmupSessionsPerArm).toBe(2);
  });

  it('runs the shipped host-bandit experiment and matches its saved summary (2 replicates)', async () => {
    const shipped = loadExperiment(SHIPPED);
    expect(shipped.arms.map((arm) => arm.name)).toEqual(['teacher-lin', 'xiao-chen', 'dr-wang']);
    const result = await runBanditExperiment(shipped, { replicates: 2, workers: 1 });
    expect(result.seasons.thompson.bySession).toHaveLength(24);
    const summary = savedSummary(result);
    if (UPDATE) {
      mkdirSync(dirname(EXPECTED), { recursive: true });
      writeFileSync(EXPECTED, `${JSON.stringify(summary, null, 2)}\n`);
    }
    expect(existsSync(EXPECTED), 'missing saved summary: run UPDATE_EXPECTED=1 npx vitest run test/experiments/bandit').toBe(true);
    expect(summary).toEqual(JSON.parse(readFileSync(EXPECTED, 'utf8')));
  });
});

/**
 * The shipped bandit's saved summary: headline numbers to 9 significant digits. After an intended
 * change to the model or the runner, regenerate with
 *   UPDATE_EXPECTED=1 npx vitest run test/experiments/bandit/runBanditExperiment.test.ts
 * and review the diff.
 */
function savedSummary(result: BanditResult): unknown {
  const round = (value: number) => Number(value.toPrecision(9));
  return {
    name: result.name,
    seed: result.seed,
    replicates: result.replicates,
    bestArm: result.bestArm,
    arms: result.arms.map((arm) => ({ name: arm.name, revenuePerSession: round(arm.revenuePerSession.mean), thompsonSessions: arm.thompsonSessions })),
    thompson: { revenue: round(result.thompson.totalRevenue.mean), regret: round(result.thompson.cumulativeRegret.mean), returningViewers: round(result.thompson.returningViewers.mean) },
    fixed: { revenue: round(result.fixed!.totalRevenue.mean), regret: round(result.fixed!.cumulativeRegret.mean) },
    returnRate: result.seasons.thompson.returnRate === null ? null : round(result.seasons.thompson.returnRate),
  };
}
