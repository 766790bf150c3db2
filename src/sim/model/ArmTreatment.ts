import type { LinkPlacementName } from '../scenario/index.js';

/**
 * What one arm of an in-room experiment changes for the viewers assigned to it. Everything else
 * (the room, the host, social proof) is shared, so arms interfere as they would in a real room.
 * A session without arms has one implicit arm with no changes.
 */
export interface ArmTreatment {
  /** Label in results. */
  name: string;
  /** Multiplies every product's price for this arm's viewers (1 = unchanged). */
  priceMultiplier?: number;
  /** Link placement shown to this arm (default: the scenario's), with that placement's defaults. */
  linkPlacement?: LinkPlacementName;
  /** A coupon handed to every viewer of this arm on arrival: amount off and its ad effect. */
  couponOnArrival?: { value: number; adEffect: number };
}
