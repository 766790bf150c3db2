import { createStream } from '../../sim/random/index.js';
import { blockCount } from '../load/switchbackProblems.js';
import type { ExperimentPayload, ObservedCell, RawReplicate } from '../world/ExperimentPayload.js';
import { runWorld } from '../world/runWorld.js';
import type { WorldSpec } from '../world/WorldSpec.js';
import { allocateByWeight, shuffledAssignment } from '../units/allocateByWeight.js';

/**
 * Replicate `r` of the observed test only — the sessions a real team would run, on exactly the
 * streams `simulateReplicate` gives them (same stream indices r·slots + slot and stream names) —
 * without the potential-outcome worlds that give the truth. Power planning needs the truth once
 * (from its pilot run through the experiment runner), not at every size, and those worlds cost
 * K times the viewer unit's test: this keeps each power evaluation at the price of the test.
 *
 * - viewer: S shared rooms; viewers join arms at random by weight;
 * - switchback: S rooms cut into blocks allocated by weight and shuffled;
 * - session: K·S sessions allocated by weight and shuffled; session j runs its arm's scenario.
 */
export function observedTest(payload: ExperimentPayload, r: number): RawReplicate {
  const S = payload.sessionsPerArm;
  const K = payload.arms.length;
  const unit = payload.unit;
  const slots = unit.kind === 'session' ? K * S : S;
  const cells: ObservedCell[] = [];
  if (unit.kind === 'session') {
    const counts = allocateByWeight(slots, payload.arms.map((arm) => arm.weight));
    shuffledAssignment(counts, createStream(payload.seed, r, 'experiment.sessions')).forEach((arm, session) => {
      const own = payload.arms[arm];
      const world = runWorld({ scenario: own.scenario, treatments: [own.treatment], assignment: { kind: 'fixed', arm: 0 }, ...streams(payload, r * slots + session) });
      cells.push({ session, arm, sums: world.groups[0] });
    });
  } else if (unit.kind === 'viewer') {
    const weights = payload.arms.map((arm) => arm.weight);
    for (let session = 0; session < slots; session++) {
      const world = runWorld({ ...room(payload, r * slots + session), assignment: { kind: 'random', weights } });
      world.groups.forEach((sums, arm) => cells.push({ session, arm, sums }));
    }
  } else {
    cells.push(...switchbackCells(payload, r, slots, unit.blockMinutes));
  }
  return { replicate: r, cells, sessions: slots, potential: [] };
}

function switchbackCells(payload: ExperimentPayload, r: number, slots: number, blockMinutes: number): ObservedCell[] {
  const counts = allocateByWeight(blockCount(payload.base.session.durationMinutes, blockMinutes), payload.arms.map((arm) => arm.weight));
  const rng = createStream(payload.seed, r, 'experiment.switchback');
  const cells: ObservedCell[] = [];
  for (let session = 0; session < slots; session++) {
    const schedule = shuffledAssignment(counts, rng);
    const world = runWorld({
      ...room(payload, r * slots + session),
      treatments: schedule.map((arm) => payload.arms[arm].treatment),
      assignment: { kind: 'blocks', blockSeconds: blockMinutes * 60 },
    });
    world.groups.forEach((sums, block) => cells.push({ session, arm: schedule[block], sums }));
  }
  return cells;
}

function streams(payload: ExperimentPayload, streamIndex: number): Pick<WorldSpec, 'seed' | 'streamIndex' | 'covariate'> {
  return { seed: payload.seed, streamIndex, covariate: payload.covariate };
}

function room(payload: ExperimentPayload, streamIndex: number): Omit<WorldSpec, 'assignment'> {
  return { scenario: payload.base, treatments: payload.arms.map((arm) => arm.treatment), ...streams(payload, streamIndex) };
}
