import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { computeExposure } from '../../src/fit/Exposure.js';
import { DEFAULT_FIT_SETTINGS } from '../../src/fit/FitContext.js';
import { fitElasticity } from '../../src/fit/fitRecommendation.js';
import { fitSourceMix } from '../../src/fit/fitSourceMix.js';
import { fitWatchTime } from '../../src/fit/fitWatchTime.js';
import { readViewers } from '../../src/fit/index.js';
import { loadScenario, type Recommendation } from '../../src/sim/scenario/index.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
type Golden = Record<string, { value: number; se?: number; logSe?: number }>;
const stay = JSON.parse(readFileSync(fixture('source-stay.golden.json'), 'utf8')) as { estimates: Golden; mix: Golden };

function context() {
  const scenario = loadScenario(fixture('source-stay-plan.json'));
  const data = readViewers([fixture('source-stay-sessions.csv')], scenario);
  return { scenario, data, exposure: computeExposure(scenario, data), settings: DEFAULT_FIT_SETTINGS };
}

function expectGolden(estimates: { path: string; value: number; se?: number; held: boolean }[], golden: Golden) {
  for (const [path, reference] of Object.entries(golden)) {
    const e = estimates.find((estimate) => estimate.path === path && !estimate.held);
    expect(e, path).toBeDefined();
    expect(Math.abs(e!.value / reference.value - 1), path).toBeLessThan(1e-6);
    const se = reference.logSe === undefined ? e!.se! / reference.se! : e!.se! / e!.value / reference.logSe;
    expect(Math.abs(se - 1), `${path} se`).toBeLessThan(1e-3);
  }
}

describe('source audiences against scipy (fixtures/make_source_stay_fixture.py)', () => {
  test('per-source segment mix: multinomial proportions and their standard errors to 1e-6', () => {
    const { estimates } = fitSourceMix(context());
    expectGolden(estimates, stay.mix);
    const referral = estimates.filter((e) => e.path.startsWith('traffic.sources.referral'));
    expect(referral.every((e) => e.held && e.note === 'only 0 viewers from this source')).toBe(true);
  });

  test('bounce share and per-source patience multipliers: the censored mixture MLE to 1e-6, standard errors to 1e-3', () => {
    const { estimates } = fitWatchTime(context());
    expectGolden(estimates, stay.estimates);
    const held = (path: string) => estimates.find((e) => e.path === path)!;
    expect(held('traffic.sources.organic.patienceMultiplier').held).toBe(true);
    expect(held('traffic.sources.referral.patienceMultiplier').note).toBe('only 0 departures from this source');
    expect(held('audience.segments[0].bounce.meanSeconds').held).toBe(true);
  });

  test('without a source column every source setting is held and flagged', () => {
    const scenario = loadScenario(fixture('watch-plan.json'));
    const data = readViewers([fixture('watch-sessions.csv')], scenario);
    const c = { scenario, data, exposure: computeExposure(scenario, data), settings: DEFAULT_FIT_SETTINGS };
    const mix = fitSourceMix(c).estimates;
    expect(mix.length).toBeGreaterThan(0);
    expect(mix.every((e) => e.held && e.note === 'no source column')).toBe(true);
    const watch = fitWatchTime(c).estimates.filter((e) => e.path.includes('patienceMultiplier'));
    expect(watch.every((e) => e.held && e.note === 'no source column')).toBe(true);
  });

  test('a plan without a bounce mass keeps it at 0 (held), so the watch-time estimates are those of the plain survival model', () => {
    const scenario = loadScenario(fixture('watch-plan.json'));
    const data = readViewers([fixture('watch-sessions.csv')], scenario);
    const { estimates } = fitWatchTime({ scenario, data, exposure: computeExposure(scenario, data), settings: DEFAULT_FIT_SETTINGS });
    const shares = estimates.filter((e) => e.path.endsWith('bounce.share'));
    expect(shares.map((e) => [e.held, e.value])).toEqual([[true, 0], [true, 0]]);
  });
});

describe('recommendation response against scipy (fixtures/make_recommendation_fixture.py)', () => {
  const golden = JSON.parse(readFileSync(fixture('recommendation.golden.json'), 'utf8'));
  test('elasticity (joint Poisson MLE = profile MLE) to 1e-6, its likelihood-ratio interval and the organic steps to 1e-6', () => {
    const room = {
      sessions: golden.sessions, minutes: golden.minutes, width: Float64Array.from(golden.width),
      organic: Float64Array.from(golden.organic), interactions: Float64Array.from(golden.interactions),
      orders: Float64Array.from(golden.orders), viewerSeconds: Float64Array.from(golden.viewerSeconds),
    };
    const settings = golden.settings as Recommendation;
    const fitted = fitElasticity(room, settings, golden.binMinutes, null);
    expect(Math.abs(fitted.elasticity / golden.elasticity - 1)).toBeLessThan(1e-6);
    expect(Math.abs(fitted.interval[0] / golden.interval[0] - 1)).toBeLessThan(1e-6);
    expect(Math.abs(fitted.interval[1] / golden.interval[1] - 1)).toBeLessThan(1e-6);
    golden.rates.forEach((rate: number, b: number) => expect(Math.abs(fitted.steps.rate[b] / rate - 1), `step ${b}`).toBeLessThan(1e-6));
  });
});
