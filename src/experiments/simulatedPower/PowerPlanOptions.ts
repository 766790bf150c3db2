import type { PowerRunOptions } from './powerAtSize.js';

/** Options of {@link planPowerBySimulation}: one size's run options plus the search's. */
export interface PowerPlanOptions extends Omit<PowerRunOptions, 'onProgress'> {
  /** Target power in (0, 1). */
  readonly targetPower: number;
  /** Most sizes to simulate, the pilot included (default 8). */
  readonly maxEvaluations?: number;
  /** Largest size to simulate (default DEFAULT_MAX_SESSIONS_PER_ARM, at most MAX_SESSIONS_PER_ARM); beyond it the size is extrapolated. */
  readonly maxSessionsPerArm?: number;
  /** Replicates at bracketing sizes, which may be far from the answer (default max(20, ⌈R/4⌉), at most R). */
  readonly bracketReplicates?: number;
  /** Session unit: sessions per arm simulated for the pool the tests are resampled from (default 200). */
  readonly poolSessions?: number;
  /** Planning metric as `--metric` names it (profit, revenue or a metric name); default: profit with costs, else the primary metric. */
  readonly metric?: string;
  /** Progress callback for the simulation of one size, or of the session pool (`tasks`: its slots; default the replicates). */
  readonly onSize?: (sessionsPerArm: number, tasks?: number) => ((done: number, total: number) => void) | undefined;
}
