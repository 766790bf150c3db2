import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fitPlan } from '../../src/fit/index.js';
import { deepMerge } from '../../src/sim/scenario/index.js';
import { exportSessions, PRIOR_OVERRIDES, smallPlan, smallPlanInput, truthAt } from './fitFixtures.js';

type Segments = ReturnType<typeof smallPlanInput>['audience']['segments'];
const withBounce = (segments: Segments, share: number) => ({ audience: { segments: segments.map((segment) => ({ ...segment, bounce: { share } })) } });

/**
 * Sources with their own people, a fast-bounce mass and the recommendation response, at known
 * values; the purchase baseline low enough that buying is far from saturation (at the small plan's
 * −3.5 most viewers who can afford the course buy, and a trust shift barely moves a source's
 * conversion: the fit then flags the shift as weakly identified).
 */
const TRUTH = deepMerge({
  purchase: { baseline: -5.5, clickLift: 1.5 },
  traffic: {
    promotion: { budget: 3000, viewersAtSaturation: 1500, startMinute: 5, endMinute: 30 },
    sources: {
      followers: { segmentShares: { casual: 0.2, keen: 0.8 }, trustShift: 0.4, patienceMultiplier: 2.5 },
      promotion: { segmentShares: { casual: 0.8, keen: 0.2 }, trustShift: -0.3, patienceMultiplier: 0.6 },
    },
    recommendation: { enabled: true, elasticity: 1, referencePerViewerMinute: 1.5 },
  },
}, withBounce(smallPlanInput().audience.segments, 0.3));

/** The analyst's plan: neutral sources, a small bounce, a weak recommendation response, everything else as in PRIOR_OVERRIDES. */
const PRIOR = deepMerge(deepMerge(PRIOR_OVERRIDES, {
  purchase: { baseline: -6.5 },
  traffic: {
    promotion: { budget: 3000, viewersAtSaturation: 1500, startMinute: 5, endMinute: 30 },
    sources: { organic: { trustShift: 0, patienceMultiplier: 1 }, followers: { trustShift: 0, patienceMultiplier: 1 }, promotion: { trustShift: 0, patienceMultiplier: 1 }, referral: { trustShift: 0, patienceMultiplier: 1 } },
    recommendation: { enabled: true, elasticity: 0.3, referencePerViewerMinute: 1.5 },
  },
}), withBounce(PRIOR_OVERRIDES.audience.segments as Segments, 0.1));

describe('fit recovers traffic sources, bounce and recommendation (three simulated sessions)', () => {
  test('every new estimate within 4 standard errors of the truth; what the data cannot speak to is held and flagged', () => {
    const truth = smallPlan(TRUTH);
    const file = join(mkdtempSync(join(tmpdir(), 'livelift-sources-')), 'truth.csv');
    exportSessions(truth, 5, 3, file);
    const { record, fitted } = fitPlan({ scenario: smallPlan(PRIOR), planFile: 'prior.json', viewers: [file], settings: { seed: 6, simulationReplicates: 2 } });
    const at = (path: string) => record.estimates.find((e) => e.path === path)!;
    const recovered = [
      'traffic.sources.followers.segmentShares.keen', 'traffic.sources.promotion.segmentShares.keen', 'traffic.sources.organic.segmentShares.keen',
      'audience.segments[0].bounce.share', 'audience.segments[1].bounce.share',
      'traffic.sources.followers.patienceMultiplier', 'traffic.sources.promotion.patienceMultiplier',
      'traffic.sources.followers.trustShift', 'traffic.sources.promotion.trustShift',
      'traffic.recommendation.elasticity',
    ];
    const truthOf = (path: string) => (path.startsWith('traffic.sources.organic.segmentShares') ? truth.audience.segments[1].share : truthAt(truth, path));
    const rows = recovered.map((path) => ({ path, truth: truthOf(path), value: at(path).value, se: at(path).se!, held: at(path).held, interval: at(path).interval }));
    if (process.env.FIT_VERBOSE) console.table(rows);
    for (const row of rows) {
      expect(row.held, row.path).toBe(false);
      expect(Math.abs(row.value - row.truth), `${row.path}: ${row.value} vs ${row.truth} (se ${row.se})`).toBeLessThan(4 * row.se);
    }
    // Held and flagged: the reference sources, a source that brought nobody, the bounce time scale, the pool's other settings.
    expect(at('traffic.sources.organic.patienceMultiplier').held).toBe(true);
    expect(at('traffic.sources.organic.trustShift').held).toBe(true);
    expect(at('traffic.sources.referral.trustShift').note).toMatch(/only 0 buyers/);
    expect(at('traffic.sources.referral.segmentShares.keen').note).toMatch(/only 0 viewers/);
    expect(at('audience.segments[0].bounce.meanSeconds').held).toBe(true);
    expect(at('traffic.recommendation.cap').held).toBe(true);
    // The organic steps are refitted net of the recommendation response (one estimate per path).
    expect(record.estimates.filter((e) => e.path === 'traffic.arrivals.points[0][1]')).toHaveLength(1);
    expect(at('traffic.arrivals.points[0][1]').method).toBe('poisson-profile-mle');
    expect(fitted.traffic.sources.followers.patienceMultiplier).toBe(at('traffic.sources.followers.patienceMultiplier').value);
  });
});
