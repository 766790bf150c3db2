import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
export const SOURCE_TRUTH = deepMerge({
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
export const SOURCE_PRIOR = deepMerge(deepMerge(PRIOR_OVERRIDES, {
  purchase: { baseline: -6.5 },
  traffic: {
    promotion: { budget: 3000, viewersAtSaturation: 1500, startMinute: 5, endMinute: 30 },
    sources: { organic: { trustShift: 0, patienceMultiplier: 1 }, followers: { trustShift: 0, patienceMultiplier: 1 }, promotion: { trustShift: 0, patienceMultiplier: 1 }, referral: { trustShift: 0, patienceMultiplier: 1 } },
    recommendation: { enabled: true, elasticity: 0.3, referencePerViewerMinute: 1.5 },
  },
}), withBounce(PRIOR_OVERRIDES.audience.segments as Segments, 0.1));

/** The estimates sourceRecovery and the source coverage calibration check (organic's mix is the audience shares). */
export const SOURCE_PATHS = [
  'traffic.sources.followers.segmentShares.keen', 'traffic.sources.promotion.segmentShares.keen', 'traffic.sources.organic.segmentShares.keen',
  'audience.segments[0].bounce.share', 'audience.segments[1].bounce.share',
  'traffic.sources.followers.patienceMultiplier', 'traffic.sources.promotion.patienceMultiplier',
  'traffic.sources.followers.trustShift', 'traffic.sources.promotion.trustShift',
  'traffic.recommendation.elasticity',
];

const dir = mkdtempSync(join(tmpdir(), 'livelift-sources-'));

/**
 * Fit {@link SOURCE_PRIOR} to `sessions` sessions of {@link SOURCE_TRUTH} (with `overrides` merged
 * into both) simulated from `seed`; the fit's record and fitted plan, and each of `paths`' estimate
 * with its truth.
 */
export function recoverSources(seed: number, { sessions = 3, simulations = 2, fitSeed = 6, overrides = {}, paths = SOURCE_PATHS }: { sessions?: number; simulations?: number; fitSeed?: number; overrides?: unknown; paths?: string[] } = {}) {
  const truth = smallPlan(deepMerge(SOURCE_TRUTH, overrides));
  const file = join(dir, `truth-${seed}.csv`);
  exportSessions(truth, seed, sessions, file);
  const { record, fitted } = fitPlan({ scenario: smallPlan(deepMerge(SOURCE_PRIOR, overrides)), planFile: 'prior.json', viewers: [file], settings: { seed: fitSeed, simulationReplicates: simulations } });
  const at = (path: string) => record.estimates.find((e) => e.path === path)!;
  const truthOf = (path: string) => (path.startsWith('traffic.sources.organic.segmentShares') ? truth.audience.segments[1].share : truthAt(truth, path));
  const rows = paths.map((path) => ({ path, truth: truthOf(path), value: at(path).value, se: at(path).se!, held: at(path).held, interval: at(path).interval, method: at(path).method }));
  return { record, fitted, at, rows };
}
