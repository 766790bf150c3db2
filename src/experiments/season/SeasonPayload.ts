import type { ArmTreatment } from '../../sim/model/ArmTreatment.js';
import type { Scenario } from '../../sim/scenario/index.js';
import type { NormalInverseGamma } from '../bandit/normalInverseGamma.js';
import type { SeasonSettings } from './seasonSettings.js';

/** What a worker needs to play the seasons of one replicate (structured-cloneable). */
export interface SeasonPayload {
  /** Each arm's scenario (the base with the arm's changes) and its coupon, if any. */
  readonly arms: readonly { readonly name: string; readonly scenario: Scenario; readonly treatment: ArmTreatment }[];
  readonly sessionsPerSeason: number;
  readonly seed: number;
  readonly settings: SeasonSettings;
  /** Bandit runs: the Thompson policy's prior and warm-up, and whether to play the fixed split too. */
  readonly bandit: { readonly prior: NormalInverseGamma; readonly warmupSessionsPerArm: number; readonly compareWithFixedSplit: boolean } | null;
}

/**
 * Stream index of session k of replicate r: sessions of different replicates and positions never
 * share random numbers, and every policy playing session k of replicate r gets the same ones
 * (common random numbers). Seasons up to a million sessions; the index stays a safe integer for
 * up to 9·10⁹ replicates.
 */
export const SESSION_STREAM_STRIDE = 1_000_000;

export function sessionStreamIndex(replicate: number, session: number): number {
  return replicate * SESSION_STREAM_STRIDE + session;
}
