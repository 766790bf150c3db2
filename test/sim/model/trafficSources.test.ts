import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { runSession, type RunResult } from '../../../src/sim/model/index.js';
import { simulate } from '../../../src/sim/replicate/index.js';
import { behaviourFigures } from '../../../src/sim/replicate/behaviourRanges.js';
import { applyOverrides, loadScenario, type Scenario } from '../../../src/sim/scenario/index.js';

// Traffic sources with their own people and the platform's traffic pool (issue 12 part 4), and
// the shipped plans against the public behaviour ranges (part 7). docs/model.md § Traffic.
const root = new URL('../../../', import.meta.url);
const load = (name: string) => loadScenario(fileURLToPath(new URL(`scenarios/${name}`, root)));
const flagship = load('python-course-launch.json');
const runs = (scenario: Scenario, n: number, seed = 11): RunResult[] => Array.from({ length: n }, (_, replicate) => runSession(scenario, { seed, replicate }));
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('traffic sources', () => {
  test('notified followers convert better than paid viewers arriving at the same time and price', () => {
    // Both sources arrive in the first ten minutes; the link is live from minute 5.
    const scenario = applyOverrides(flagship, {
      traffic: { promotion: { budget: 20000, startMinute: 0, endMinute: 10 }, followerNotification: { openRate: 0.1, decayMinutes: 4 } },
      link: { liveFromMinute: 5 },
    });
    const all = runs(scenario, 4);
    const rate = (source: 'followers' | 'promotion') => sum(all.map((r) => r.buyersBySource[source])) / sum(all.map((r) => r.arrivalsBySource[source]));
    expect(sum(all.map((r) => r.arrivalsBySource.promotion))).toBeGreaterThan(10000);
    expect(sum(all.map((r) => r.arrivalsBySource.followers))).toBeGreaterThan(10000);
    // Defaults: followers trust +0.4 and stay 2.5×, paid viewers −0.2 and 0.7×: well over 1.5× the rate.
    expect(rate('followers')).toBeGreaterThan(1.5 * rate('promotion'));
    // Neutral sources: the gap closes to noise.
    const neutral = applyOverrides(scenario, {
      traffic: { sources: { followers: { trustShift: 0, patienceMultiplier: 1 }, promotion: { trustShift: 0, patienceMultiplier: 1 } } },
    });
    const flat = runs(neutral, 4);
    const flatRate = (source: 'followers' | 'promotion') => sum(flat.map((r) => r.buyersBySource[source])) / sum(flat.map((r) => r.arrivalsBySource[source]));
    expect(flatRate('followers') / flatRate('promotion')).toBeLessThan(1.3);
  });

  test('a source brings its own segment mix', () => {
    const scenario = applyOverrides(flagship, { traffic: { sources: { promotion: { segmentShares: { developers: 1 } } } } });
    const base = runs(flagship, 2);
    const mixed = runs(scenario, 2);
    const developers = (all: RunResult[]) => sum(all.map((r) => r.bySegment.find((s) => s.id === 'developers')!.arrived));
    const promoted = sum(mixed.map((r) => r.arrivalsBySource.promotion));
    // Promotion's 25% developers become 100%: about 75% of the promoted viewers move segment.
    expect(developers(mixed) - developers(base)).toBeGreaterThan(0.6 * promoted);
    expect(developers(mixed) - developers(base)).toBeLessThan(0.9 * promoted);
  });

  test('referred friends inherit the referrer\'s segment with probability inheritSegment', () => {
    // Only students are referred when not inherited; buyers are mostly career switchers and developers.
    const only = (inherit: number) =>
      applyOverrides(flagship, { traffic: { referral: { shareProbability: 1, viewersPerShare: 2, inheritSegment: inherit }, sources: { referral: { segmentShares: { students: 1 } } } } });
    const referred = (all: RunResult[]) => sum(all.map((r) => r.arrivalsBySource.referral));
    const none = runs(only(0), 2);
    const full = runs(only(1), 2);
    const students = (all: RunResult[]) => sum(all.map((r) => r.bySegment.find((s) => s.id === 'students')!.arrived));
    const base = runs(applyOverrides(flagship, { traffic: { referral: { shareProbability: 0 } } }), 2);
    // With inheritance off every referred friend is a student; with it on, only referrers who are students bring students.
    expect(students(none) - students(base)).toBeGreaterThan(0.95 * referred(none));
    expect(students(full) - students(base)).toBeLessThan(0.6 * referred(full));
  });
});

describe('platform recommendation (traffic pool)', () => {
  const engaging = (scenario: Scenario) => ({
    ...scenario,
    audience: {
      segments: scenario.audience.segments.map((segment) => ({
        ...segment,
        engagement: { ...segment.engagement, chatsPerMinute: segment.engagement.chatsPerMinute * 3, likesPerMinute: segment.engagement.likesPerMinute * 3 },
      })),
    },
  });

  test('a more engaging plan pulls more recommended traffic, within the cap, and only through the pool', () => {
    const organic = (all: RunResult[]) => sum(all.map((r) => r.arrivalsBySource.organic));
    const base = organic(runs(flagship, 3));
    const more = organic(runs(engaging(flagship), 3));
    expect(more / base).toBeGreaterThan(1.1);
    expect(more / base).toBeLessThan(flagship.traffic.recommendation.cap);
    const off = (scenario: Scenario) => applyOverrides(scenario, { traffic: { recommendation: { enabled: false } } });
    expect(organic(runs(off(engaging(flagship)), 3))).toBe(organic(runs(off(flagship), 3)));
  });

  test('elasticity 1, a cap of 1.2 and a floor of 0.9 bound the response', () => {
    const capped = applyOverrides(engaging(engaging(flagship)), { traffic: { recommendation: { elasticity: 1, cap: 1.2, floor: 0.9 } } });
    const off = applyOverrides(flagship, { traffic: { recommendation: { enabled: false } } });
    const ratio = sum(runs(capped, 3).map((r) => r.arrivalsBySource.organic)) / sum(runs(off, 3).map((r) => r.arrivalsBySource.organic));
    expect(ratio).toBeGreaterThan(1.05);
    expect(ratio).toBeLessThan(1.25);
  });

  test('same seed: byte-identical runs, and the same bytes for 1 and 2 workers', async () => {
    expect(JSON.stringify(runSession(flagship, { seed: 5, replicate: 1 }))).toBe(JSON.stringify(runSession(flagship, { seed: 5, replicate: 1 })));
    const one = await simulate({ scenario: flagship, seed: 5, replicates: 2, workers: 1 });
    const two = await simulate({ scenario: flagship, seed: 5, replicates: 2, workers: 2 });
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
  });
});

describe('shipped plans against public behaviour ranges (docs/model.md § Face validity)', () => {
  for (const name of ['python-course-launch.json', 'ebook-night.json', 'membership-qa.json']) {
    test(name, () => {
      const scenario = load(name);
      const figures = behaviourFigures(runs(scenario, 2, scenario.seed));
      const outside = figures.filter((figure) => !figure.inside).map((figure) => `${figure.range.id} ${figure.mean} not in [${figure.range.low}, ${figure.range.high}]`);
      expect(outside).toEqual([]);
    });
  }
});
