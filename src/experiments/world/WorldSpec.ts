import type { ArmTreatment } from '../../sim/model/ArmTreatment.js';
import type { Scenario } from '../../sim/scenario/index.js';
import type { CupedCovariate } from '../schema/analysisSchema.js';

/** How viewers of one simulated session join the model's arms (groups). */
export type Assignment =
  /** Everyone in one arm: a session-unit session, or a potential-outcome ("global") world. */
  | { readonly kind: 'fixed'; readonly arm: number }
  /** Each viewer independently, with probability weight / Σ weights (viewer unit). */
  | { readonly kind: 'random'; readonly weights: readonly number[] }
  /** By the time block the viewer arrives in: group = block (switchback). */
  | { readonly kind: 'blocks'; readonly blockSeconds: number };

/** One session to simulate: the room's scenario, its arms, the assignment and its random streams. */
export interface WorldSpec {
  readonly scenario: Scenario;
  /** Model arms; for a switchback, one per time block (with the treatment of the block's arm). */
  readonly treatments: readonly ArmTreatment[];
  readonly assignment: Assignment;
  readonly seed: number;
  /** Stream index handed to the model as its replicate: worlds with the same index share random numbers. */
  readonly streamIndex: number;
  readonly covariate: CupedCovariate;
}

/** What one simulated session yields. */
export interface WorldResult {
  /** `ViewerSums` block of each group (model arm), as plain arrays. */
  readonly groups: number[][];
  /** Session totals. */
  readonly revenue: number;
  readonly viewers: number;
  readonly orders: number;
  /** Revenue minus the session's costs (`profitOf`; promotion spend always counts). */
  readonly profit: number;
}
