import { profitOf } from '../../sim/model/buildRunResult.js';
import { LiveSession } from '../../sim/model/LiveSession.js';
import { categorical, type Rng } from '../../sim/random/index.js';
import { ViewerSums } from './ViewerSums.js';
import { viewerRecorder } from './viewerRecorder.js';
import type { Assignment, WorldSpec, WorldResult } from './WorldSpec.js';

/**
 * Simulate one session and collect, per group (model arm or time block), the sums of products of
 * every per-viewer variable:
 *
 *   WorldSpec ─→ LiveSession(scenario, arms, assignArm) ─→ run ─→ each departing viewer's values
 *   (onViewerLeave) ─→ ViewerSums[viewer's arm] ─→ WorldResult
 *
 * Worlds with the same (seed, streamIndex) draw the same arrivals, profiles and private viewer
 * streams: common random numbers.
 */
export function runWorld(spec: WorldSpec): WorldResult {
  const groups = spec.treatments.length;
  // The higher-order sums (CUPED as the HC1 regression) only when there is a covariate.
  const sums = new ViewerSums(groups, spec.covariate !== 'none');
  // The clock closure is built before the session it reads, so `session` cannot be const.
  // eslint-disable-next-line prefer-const
  let session: LiveSession | undefined;
  const now = () => (session === undefined ? 0 : session.env.now);
  session = new LiveSession(spec.scenario, {
    seed: spec.seed,
    replicate: spec.streamIndex,
    arms: spec.treatments,
    assignArm: assigner(spec.assignment, groups, now),
    onViewerLeave: viewerRecorder(spec.scenario, spec.covariate, sums),
  });
  session.run();
  return {
    groups: Array.from({ length: groups }, (_, group) => sums.group(group)),
    revenue: session.totals.revenue,
    viewers: session.totals.arrived,
    orders: session.totals.orders,
    profit: profitOf(session).profit,
  };
}

/** The model's `assignArm` hook for an assignment. */
function assigner(assignment: Assignment, groups: number, now: () => number): (viewerIndex: number, rng: Rng) => number {
  if (assignment.kind === 'fixed') return () => assignment.arm;
  if (assignment.kind === 'blocks') return () => Math.min(groups - 1, Math.floor(now() / assignment.blockSeconds));
  let draw: (() => number) | undefined;
  return (_, rng) => {
    draw ??= categorical(rng)(assignment.weights);
    return draw();
  };
}
