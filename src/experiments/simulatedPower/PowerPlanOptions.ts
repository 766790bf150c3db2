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
  /** Progress callback for the simulation of one size (e.g. a progress bar per size). */
  readonly onSize?: (sessionsPerArm: number) => ((done: number, total: number) => void) | undefined;
}
