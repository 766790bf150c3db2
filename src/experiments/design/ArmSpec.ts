import type { ArmCoupon } from '../schema/armSchema.js';

/** One set of changes to the base scenario, and where it was written in the experiment file. */
export interface ArmChange {
  readonly overrides: Readonly<Record<string, unknown>>;
  readonly set: Readonly<Record<string, unknown>>;
  readonly coupon?: ArmCoupon;
  /** JSON path of this change in the experiment file, e.g. `design.arms[1]`. */
  readonly at: string;
  /** JSON path to report for a problem with one `set` entry (default `<at>.set["key"]`). */
  readonly setAt?: string;
}

/**
 * An arm as the design defines it, before it is merged into the base scenario: a factorial arm
 * applies one change per factor, in factor order.
 */
export interface ArmSpec {
  readonly name: string;
  readonly description: string;
  readonly weight: number;
  readonly changes: readonly ArmChange[];
  /** Factorial designs: the level index of each factor (0 = baseline). */
  readonly levels?: readonly number[];
  /** Sweep designs: the value of the swept parameter. */
  readonly sweepValue?: number | string | boolean;
}
