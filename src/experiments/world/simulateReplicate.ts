import { createStream } from '../../sim/random/index.js';
import { allocateByWeight, shuffledAssignment } from '../units/allocateByWeight.js';
import { blockCount } from '../load/switchbackProblems.js';
import { addSums } from './ViewerSums.js';
import type { ExperimentPayload, ObservedCell, PotentialOutcome, RawReplicate } from './ExperimentPayload.js';
import { runWorld } from './runWorld.js';
import type { WorldResult, WorldSpec } from './WorldSpec.js';

/**
 * Simulate replicate `r` of an experiment: the test a real team would run, and the potential
 * outcomes that give the truth.
 *
 * - viewer: S shared rooms (stream slots r·S + s); viewers join arms at random by weight.
 * - switchback: S rooms; each is cut into blocks, the blocks allocated to arms by weight and
 *   shuffled; a viewer gets the arm of the block they arrive in.
 * - session: N = K·S sessions (slots r·N + j), allocated by weight and shuffled: session j runs
 *   its arm's scenario.
 * Potential outcomes: slot s < S under every arm with every viewer in that arm (the "global"
 * worlds), on the same streams as the test's slot s, so arm differences are paired.
 * Sweep mode simulates only the potential outcomes.
 */
export function simulateReplicate(payload: ExperimentPayload, r: number): RawReplicate {
  const S = payload.sessionsPerArm;
  const K = payload.arms.length;
  const sessionUnit = payload.mode === 'sweep' || payload.unit.kind === 'session';
  const slots = payload.mode === 'sweep' ? S : sessionUnit ? K * S : S;
  const cache = new Map<string, WorldResult>();
  const potentialWorld = (slot: number, arm: number): WorldResult => {
    const same = payload.arms[arm].sameAs;
    return memo(cache, `${slot}:${same}`, () => runWorld(sessionUnit ? sessionWorld(payload, r, slots, slot, same) : globalWorld(payload, r, slots, slot, same)));
  };
  let cells: ObservedCell[] = [];
  if (payload.mode === 'test') {
    if (payload.unit.kind === 'session') cells = sessionCells(payload, r, slots, potentialWorld);
    else if (payload.unit.kind === 'viewer') cells = viewerCells(payload, r, slots);
    else cells = switchbackCells(payload, r, slots, payload.unit.blockMinutes);
  }
  const potential: PotentialOutcome[] = [];
  for (let slot = 0; slot < S; slot++) {
    for (let arm = 0; arm < K; arm++) {
      const world = potentialWorld(slot, arm);
      potential.push({ slot, arm, sums: addSums(world.groups), revenue: world.revenue, viewers: world.viewers, orders: world.orders, profit: world.profit });
    }
  }
  return { replicate: r, cells, sessions: payload.mode === 'test' ? slots : 0, potential };
}

function sessionCells(payload: ExperimentPayload, r: number, slots: number, world: (slot: number, arm: number) => WorldResult): ObservedCell[] {
  const counts = allocateByWeight(slots, payload.arms.map((arm) => arm.weight));
  const assignment = shuffledAssignment(counts, createStream(payload.seed, r, 'experiment.sessions'));
  return assignment.map((arm, session) => ({ session, arm, sums: world(session, arm).groups[0] }));
}

function viewerCells(payload: ExperimentPayload, r: number, slots: number): ObservedCell[] {
  const weights = payload.arms.map((arm) => arm.weight);
  const cells: ObservedCell[] = [];
  for (let session = 0; session < slots; session++) {
    const world = runWorld({ ...roomOf(payload, r, slots, session), assignment: { kind: 'random', weights } });
    world.groups.forEach((sums, arm) => cells.push({ session, arm, sums }));
  }
  return cells;
}

function switchbackCells(payload: ExperimentPayload, r: number, slots: number, blockMinutes: number): ObservedCell[] {
  const blocks = blockCount(payload.base.session.durationMinutes, blockMinutes);
  const counts = allocateByWeight(blocks, payload.arms.map((arm) => arm.weight));
  const rng = createStream(payload.seed, r, 'experiment.switchback');
  const cells: ObservedCell[] = [];
  for (let session = 0; session < slots; session++) {
    const schedule = shuffledAssignment(counts, rng);
    const room = roomOf(payload, r, slots, session);
    const world = runWorld({ ...room, treatments: schedule.map((arm) => payload.arms[arm].treatment), assignment: { kind: 'blocks', blockSeconds: blockMinutes * 60 } });
    world.groups.forEach((sums, block) => cells.push({ session, arm: schedule[block], sums }));
  }
  return cells;
}

/** The shared room of slot `slot`: base scenario, every arm's per-viewer treatment. */
function roomOf(payload: ExperimentPayload, r: number, slots: number, slot: number): Omit<WorldSpec, 'assignment'> {
  return { scenario: payload.base, treatments: payload.arms.map((arm) => arm.treatment), seed: payload.seed, streamIndex: r * slots + slot, covariate: payload.covariate };
}

function globalWorld(payload: ExperimentPayload, r: number, slots: number, slot: number, arm: number): WorldSpec {
  return { ...roomOf(payload, r, slots, slot), assignment: { kind: 'fixed', arm } };
}

function sessionWorld(payload: ExperimentPayload, r: number, slots: number, slot: number, arm: number): WorldSpec {
  const own = payload.arms[arm];
  return { scenario: own.scenario, treatments: [own.treatment], assignment: { kind: 'fixed', arm: 0 }, seed: payload.seed, streamIndex: r * slots + slot, covariate: payload.covariate };
}

function memo<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}
