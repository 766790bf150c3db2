import { runInWorkers, siblingModuleUrl } from '../../parallel/index.js';
import type { LoadedExperiment } from '../load/loadExperiment.js';
import { experimentPayload } from '../run/runExperiment.js';
import type { ExperimentPayload, RawReplicate } from '../world/ExperimentPayload.js';

/**
 * Simulated sessions of every arm on common streams: slot j runs each arm's scenario on stream j
 * (common random numbers), so `arms[a].sums[j]` and `arms[b].sums[j]` are a paired comparison and
 * each arm's slots are independent draws of that arm's session (host, room, session-level random
 * effects and all).
 */
export interface SessionPool {
  /** [arm]: per slot, the session's viewer sums (ViewerSums layout) and its profit (revenue minus costs). */
  readonly arms: readonly { readonly sums: readonly (readonly number[])[]; readonly profit: readonly number[] }[];
  readonly slots: number;
}

export interface SessionPoolOptions {
  readonly seed: number;
  /** Slots to simulate (each costs one session per distinct arm). */
  readonly slots: number;
  readonly workers: number;
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * Simulate a pool of `slots` sessions per arm through the experiment runner's own task in sweep
 * mode with one session per task (potential outcomes only: task j is slot j, every arm on stream
 * j). Identical arms share their simulations (`sameAs`). Results are in slot order, so the pool is
 * the same for any number of workers. O(slots · arms) sessions.
 */
export async function simulateSessionPool(loaded: LoadedExperiment, options: SessionPoolOptions): Promise<SessionPool> {
  const sized: LoadedExperiment = { ...loaded, experiment: { ...loaded.experiment, sessionsPerArm: 1 } };
  const raws = await runInWorkers<ExperimentPayload, RawReplicate>({
    moduleUrl: siblingModuleUrl('../world/experimentTask', import.meta.url),
    payload: experimentPayload(sized, options.seed, 'sweep'),
    count: options.slots,
    workers: options.workers,
    onProgress: options.onProgress,
  });
  const arms = loaded.arms.map((_, arm) => {
    const outcomes = raws.map((raw) => raw.potential.find((outcome) => outcome.arm === arm)!);
    return { sums: outcomes.map((outcome) => outcome.sums), profit: outcomes.map((outcome) => outcome.profit) };
  });
  return { arms, slots: options.slots };
}
