import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { computeExposure } from '../../src/fit/Exposure.js';
import { DEFAULT_FIT_SETTINGS } from '../../src/fit/FitContext.js';
import { fitWatchTime } from '../../src/fit/fitWatchTime.js';
import { readViewers } from '../../src/fit/index.js';
import { loadScenario } from '../../src/sim/scenario/index.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const golden = JSON.parse(readFileSync(fixture('watch-time.golden.json'), 'utf8')) as { estimates: Record<string, { value: number; logSe: number }> };

describe('fitWatchTime against scipy (fixtures/make_watch_time_fixture.py)', () => {
  test('censored survival MLE in operational time: estimates to 1e-6 relative, log-scale standard errors to 1e-3', () => {
    const scenario = loadScenario(fixture('watch-plan.json'));
    const data = readViewers([fixture('watch-sessions.csv')], scenario);
    const { estimates } = fitWatchTime({ scenario, data, exposure: computeExposure(scenario, data), settings: DEFAULT_FIT_SETTINGS });
    const fitted = estimates.filter((e) => !e.held);
    expect(fitted.map((e) => e.path).sort()).toEqual(Object.keys(golden.estimates).sort());
    for (const e of fitted) {
      const reference = golden.estimates[e.path];
      expect(Math.abs(e.value / reference.value - 1), e.path).toBeLessThan(1e-6);
      expect(Math.abs(e.se! / e.value / reference.logSe - 1), `${e.path} se`).toBeLessThan(1e-3);
    }
  });
});

describe('fitWatchTime: gamma watch times', () => {
  test('recovers a gamma segment\'s mean and shape within 4 standard errors', async () => {
    const { exportSessions, smallPlan } = await import('./fitFixtures.js');
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const gamma = (meanMinutes: number, shape: number) => ({ audience: { segments: [{ id: 'casual', share: 0.6, watchTime: { kind: 'gamma', meanMinutes, shape } }, { id: 'keen', share: 0.4 }] } });
    const truth = smallPlan(gamma(6, 2));
    const file = join(mkdtempSync(join(tmpdir(), 'livelift-fit-gamma-')), 'gamma.csv');
    exportSessions(truth, 31, 2, file);
    const prior = smallPlan(gamma(10, 1));
    const data = readViewers([file], prior);
    const { estimates } = fitWatchTime({ scenario: prior, data, exposure: computeExposure(prior, data), settings: DEFAULT_FIT_SETTINGS });
    const at = (path: string) => estimates.find((e) => e.path === path)!;
    for (const [path, value] of [['audience.segments[0].watchTime.meanMinutes', 6], ['audience.segments[0].watchTime.shape', 2]] as const) {
      expect(Math.abs(at(path).value - value), path).toBeLessThan(4 * at(path).se!);
    }
  });
});
