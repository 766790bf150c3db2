import type { PlannedContrast } from './plannedContrast.js';
import type { SizeRun } from './powerAtSize.js';

/** What is kept of each simulated size: significant replicates per contrast and direction, viewers per arm. */
export interface SizeTally {
  readonly positive: number[];
  readonly negative: number[];
  readonly trials: number;
  /** Σ viewers of each arm over the replicates. */
  readonly viewers: number[];
}

/** Count, per contrast, the replicates significant with a positive and with a negative estimate. */
export function tally(run: SizeRun): SizeTally {
  const contrasts = run.primary[0]?.length ?? 0;
  const positive = new Array<number>(contrasts).fill(0);
  const negative = new Array<number>(contrasts).fill(0);
  for (const comparisons of run.primary) {
    comparisons.forEach((comparison, c) => {
      if (comparison.significant && comparison.absolute.estimate > 0) positive[c]++;
      if (comparison.significant && comparison.absolute.estimate < 0) negative[c]++;
    });
  }
  const viewers = run.viewers[0].map((_, arm) => run.viewers.reduce((sum, perArm) => sum + perArm[arm], 0));
  return { positive, negative, trials: run.primary.length, viewers };
}

/** Control-group viewers per unit of sessionsPerArm, over every simulated size. */
export function controlViewersPerSession(tallies: ReadonlyMap<number, SizeTally>, planned: PlannedContrast): number {
  let viewers = 0;
  let sessions = 0;
  for (const [size, t] of tallies) {
    viewers += planned.contrast.control.reduce((sum, arm) => sum + t.viewers[arm], 0);
    sessions += size * t.trials;
  }
  return viewers / sessions;
}
