import { createStream } from '../../sim/random/index.js';
import { compareMeans, statsFromValues, type AnalysisOptions } from '../../stats/index.js';
import { analyzeReplicate, type ReplicateContext } from '../replicateAnalysis/analyzeReplicate.js';
import type { Contrast } from '../replicateAnalysis/contrasts.js';
import { allocateByWeight } from '../units/allocateByWeight.js';
import type { ObservedCell } from '../world/ExperimentPayload.js';
import type { SessionPool } from './sessionPool.js';
import type { PowerCount } from './searchRequiredSize.js';

/** What a resampled test decides on: a per-viewer metric through the experiment's own analysis, or profit per session. */
export type ResampledTest =
  | { readonly kind: 'metric'; readonly context: ReplicateContext; readonly contrastIndex: number; readonly direction: 1 | -1 }
  | { readonly kind: 'profit'; readonly contrast: Contrast; readonly direction: 1 | -1; readonly options: AnalysisOptions };

export interface ResampleOptions {
  readonly seed: number;
  readonly replicates: number;
  /** Arm weights of the experiment (sessions are allocated by weight, as in the real test). */
  readonly weights: readonly number[];
}

/**
 * Power of a session-randomized test with `size` sessions per arm, by resampling the session pool:
 * replicate r draws each arm's sessions with replacement from that arm's simulated sessions, on
 * its own stream (seed, r·K + arm, "power.resample"), and runs the test a real team would run on
 * them. The draws of a size are the first draws of every larger size (common random numbers across
 * sizes), so the power curve is smooth in the size and its differences are not Monte-Carlo noise.
 * A replicate counts when the test is significant in the true effect's direction. O(replicates ·
 * size · arms).
 */
export function resampledPower(pool: SessionPool, size: number, test: ResampledTest, options: ResampleOptions): PowerCount {
  const arms = options.weights.length;
  const counts = allocateByWeight(arms * size, options.weights);
  let successes = 0;
  for (let r = 0; r < options.replicates; r++) {
    const drawn = counts.map((count, arm) => drawSlots(pool.slots, count, createStream(options.seed, r * arms + arm, 'power.resample')));
    if (significantInDirection(pool, drawn, test, r)) successes++;
  }
  return { successes, trials: options.replicates };
}

function drawSlots(slots: number, count: number, rng: () => number): number[] {
  return Array.from({ length: count }, () => Math.floor(rng() * slots));
}

function significantInDirection(pool: SessionPool, drawn: readonly number[][], test: ResampledTest, r: number): boolean {
  if (test.kind === 'profit') {
    const values = (group: readonly number[]) => group.flatMap((arm) => drawn[arm].map((slot) => pool.arms[arm].profit[slot]));
    const comparison = compareMeans(statsFromValues(values(test.contrast.control)), statsFromValues(values(test.contrast.treatment)), test.options);
    return comparison.absolute.pValue < test.options.alpha && Math.sign(comparison.absolute.estimate) === test.direction;
  }
  const cells: ObservedCell[] = [];
  drawn.forEach((slots, arm) => slots.forEach((slot) => cells.push({ session: cells.length, arm, sums: pool.arms[arm].sums[slot] as number[] })));
  const comparison = analyzeReplicate({ replicate: r, cells, sessions: cells.length, potential: [] }, test.context).comparisons[test.contrastIndex][0];
  return comparison.significant && Math.sign(comparison.absolute.estimate) === test.direction;
}
