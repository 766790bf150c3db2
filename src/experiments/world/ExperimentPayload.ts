import type { ArmTreatment } from '../../sim/model/ArmTreatment.js';
import type { Scenario } from '../../sim/scenario/index.js';
import type { CupedCovariate } from '../schema/analysisSchema.js';
import type { Unit } from '../schema/unitSchema.js';

/** Everything a worker needs to simulate one replicate (structured-cloneable). */
export interface ExperimentPayload {
  /** `test`: the experiment as a real test would run, plus potential outcomes; `sweep`: potential outcomes only. */
  readonly mode: 'test' | 'sweep';
  /** The shared room of viewer and switchback units. */
  readonly base: Scenario;
  /** `sameAs`: index of the first arm identical to this one (itself if none); identical arms share simulations. */
  readonly arms: readonly { readonly scenario: Scenario; readonly treatment: ArmTreatment; readonly weight: number; readonly sameAs: number }[];
  readonly unit: Unit;
  readonly sessionsPerArm: number;
  readonly seed: number;
  readonly covariate: CupedCovariate;
}

/** One cell of the observed test: the viewers of one group (arm, or time block) in one session. */
export interface ObservedCell {
  /** Session index within the replicate (the look at which the cell becomes available). */
  readonly session: number;
  readonly arm: number;
  readonly sums: number[];
}

/** One potential outcome: a whole session with every viewer in one arm. */
export interface PotentialOutcome {
  /** Slot (stream index within the replicate) shared by every arm: common random numbers. */
  readonly slot: number;
  readonly arm: number;
  readonly sums: number[];
  readonly revenue: number;
  readonly viewers: number;
  readonly orders: number;
  /** Revenue minus the session's costs (docs/model.md § Costs and profit). */
  readonly profit: number;
}

/** What one replicate yields, before any analysis. */
export interface RawReplicate {
  readonly replicate: number;
  /** The test as observed: per session × group cells (empty in sweep mode). */
  readonly cells: ObservedCell[];
  /** Sessions in the observed test. */
  readonly sessions: number;
  readonly potential: PotentialOutcome[];
}
