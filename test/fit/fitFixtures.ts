import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fitPlan } from '../../src/fit/index.js';
import { buildRunResult } from '../../src/sim/model/buildRunResult.js';
import { LiveSession, VIEWER_CSV_HEADER } from '../../src/sim/model/index.js';
import { deepMerge, parseScenario, SEGMENT_TYPES, type Scenario, type ScenarioInput } from '../../src/sim/scenario/index.js';

/**
 * A small plan for fitting tests (40 minutes, about 60 organic viewers a minute plus a follower
 * burst, two audience segments with different watch-time families, plain talk, a trial lesson,
 * a pitch and a flash sale), with `overrides` deep-merged in. Sessions do not differ
 * (session.variation off): recovery, coverage and prediction check the estimators on the world
 * whose intervals they claim; with variation on, three sessions' traffic levels alone move the mean
 * arrivals by about 0.25/√3 ≈ 14% (docs/fit.md § Several sessions).
 */
export function smallPlanInput(overrides: unknown = {}): ScenarioInput {
  type WatchTime = NonNullable<ScenarioInput['audience']['segments'][number]['watchTime']>;
  const segment = (id: string, share: number, watchTime: WatchTime, chats: number) => ({
    id, share, watchTime,
    engagement: { chatsPerMinute: chats, likesPerMinute: 0.3, votesPerMinute: 0, questionsPerMinute: 0.05, propensityDispersion: 0.5 },
  });
  const base: ScenarioInput = {
    name: 'small fit plan',
    seed: 11,
    session: { durationMinutes: 40, variation: { enabled: false } },
    host: { followers: 20000 },
    audience: { segments: [segment('casual', 0.6, { kind: 'exponential', meanMinutes: 6 }, 0.5), segment('keen', 0.4, { kind: 'lognormal', medianMinutes: 9, sigma: 0.8 }, 0.8)] },
    traffic: { arrivals: { kind: 'constant', perMinute: 60 }, followerNotification: { openRate: 0.02, decayMinutes: 4 }, referral: { shareProbability: 0 } },
    products: [{ id: 'course', price: 199, listPrice: 299, topics: ['excel'] }],
    link: { placement: 'pinned', liveFromMinute: 20 },
    plan: [
      { type: 'trial_lesson', startMinute: 5, endMinute: 18 },
      { type: 'pitch', startMinute: 20, endMinute: 28, productId: 'course' },
      { type: 'flash_sale', startMinute: 28, endMinute: 33, productId: 'course', discountPercent: 20 },
    ],
    purchase: { baseline: -3.5, clickLift: 1.5 },
  };
  return deepMerge(base, overrides) as ScenarioInput;
}

export function smallPlan(overrides: unknown = {}): Scenario {
  return parseScenario(smallPlanInput(overrides));
}

/** Simulate `replicates` sessions of `scenario` from `seed` and write their per-viewer export (as simulate --export-viewers does). */
export function exportSessions(scenario: Scenario, seed: number, replicates: number, file: string, firstReplicate = 0): void {
  const lines = [VIEWER_CSV_HEADER];
  for (let replicate = firstReplicate; replicate < firstReplicate + replicates; replicate++) {
    new LiveSession(scenario, { seed, replicate, exportViewer: (line) => lines.push(line) }).run();
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
}

/**
 * The per-viewer export of `replicates` sessions and their per-minute series (timeline.csv's
 * columns replicate, minute, arrivals, orders, revenue) for the very same sessions.
 */
export function exportSessionsWithMinutes(scenario: Scenario, seed: number, replicates: number, viewerFile: string, minuteFile: string): void {
  const lines = [VIEWER_CSV_HEADER];
  const minutes = ['replicate,minute,arrivals,orders,revenue'];
  for (let replicate = 0; replicate < replicates; replicate++) {
    const run = buildRunResult(new LiveSession(scenario, { seed, replicate, exportViewer: (line) => lines.push(line) }).run());
    for (const row of run.timeline) minutes.push([replicate, row.minute, row.arrivals, row.orders, row.revenue].join(','));
  }
  writeFileSync(viewerFile, `${lines.join('\n')}\n`);
  writeFileSync(minuteFile, `${minutes.join('\n')}\n`);
}

/** The true value at an estimate's path: the scenario's value, a segment type's default leave multiplier, or the constant arrival rate. */
export function truthAt(truth: Scenario, path: string): number {
  const leave = /^plan\[(\d+)\]\.effects\.leaveMultiplier$/.exec(path);
  if (leave !== null) {
    const segment = truth.plan[Number(leave[1])];
    return segment.effects?.leaveMultiplier ?? SEGMENT_TYPES[segment.type].leaveMultiplier;
  }
  const mix = /^traffic\.sources\.(\w+)\.segmentShares\.(.+)$/.exec(path);
  if (mix !== null) {
    // An empty mix draws from the audience shares (docs/model.md § Traffic); weights are relative.
    const weights = truth.traffic.sources[mix[1] as 'organic'].segmentShares;
    const ids = truth.audience.segments.map((segment) => segment.id);
    const values = Object.keys(weights).length === 0 ? truth.audience.segments.map((segment) => segment.share) : ids.map((id) => weights[id] ?? 0);
    return values[ids.indexOf(mix[2])] / values.reduce((x, y) => x + y, 0);
  }
  if (path.startsWith('traffic.arrivals.points')) {
    if (truth.traffic.arrivals.kind !== 'constant') throw new Error('truthAt: constant arrivals only');
    return truth.traffic.arrivals.perMinute;
  }
  let node: unknown = truth;
  for (const match of path.matchAll(/([A-Za-z0-9_$-]+)|\[(\d+)\]/g)) node = (node as Record<string, unknown>)[match[1] ?? Number(match[2])];
  if (typeof node !== 'number') throw new Error(`truthAt: no number at ${path}`);
  return node;
}

const dir = mkdtempSync(join(tmpdir(), 'livelift-fit-'));

/** The plan as the analyst had it before fitting: every fitted coefficient away from the truth. */
export const PRIOR_OVERRIDES = {
  traffic: { arrivals: { kind: 'constant', perMinute: 30 }, followerNotification: { openRate: 0.01, decayMinutes: 8 } },
  audience: {
    segments: [
      { id: 'casual', share: 0.5, watchTime: { kind: 'exponential', meanMinutes: 10 }, engagement: { chatsPerMinute: 1, likesPerMinute: 0.1, votesPerMinute: 0, questionsPerMinute: 0.2, propensityDispersion: 1 } },
      { id: 'keen', share: 0.5, watchTime: { kind: 'lognormal', medianMinutes: 5, sigma: 1.2 }, engagement: { chatsPerMinute: 0.3, likesPerMinute: 0.6, votesPerMinute: 0, questionsPerMinute: 0.01, propensityDispersion: 0.2 } },
    ],
  },
  purchase: { baseline: -4.5, clickLift: 0.8 },
};

/** Fit the prior plan to `sessions` sessions of the truth simulated from `seed`; the estimates with their truth. */
export function recover(seed: number, sessions = 3, simulations = 2) {
  const truth = smallPlan();
  const file = join(dir, `truth-${seed}.csv`);
  exportSessions(truth, seed, sessions, file);
  const prior = smallPlan(PRIOR_OVERRIDES);
  const { record } = fitPlan({ scenario: prior, planFile: 'prior.json', viewers: [file], settings: { seed: seed + 1, simulationReplicates: simulations } });
  return record.estimates.filter((e) => !e.held).map((e) => ({ ...e, truth: truthAt(truth, e.path) }));
}

