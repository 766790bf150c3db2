// Value imports from the scenario files themselves, not the index, so worker threads never load zod.
import { LINK_PLACEMENTS } from '../scenario/linkPlacement.js';
import type { Scenario, SegmentEffects } from '../scenario/index.js';
import type { ArmTreatment } from './ArmTreatment.js';
import { PiecewiseClock } from './PiecewiseClock.js';
import { exp } from '../../math/index.js';

/** One arm's view of the link and its leaving clock. */
export interface CompiledArm {
  name: string;
  priceMultiplier: number;
  linkAdEffect: number;
  /** Link notices per viewer per second. */
  noticeRate: number;
  /** Whether the link is live in each piece, for this arm's placement. */
  linkLive: Uint8Array;
  /** Patience used per second in each piece (segment × link annoyance × charisma). */
  leaveClock: PiecewiseClock;
  couponOnArrival: { value: number; adEffect: number } | null;
  /** Timing "hazard": weighings per second of a viewer who has not noticed the link (the stage's rate only). */
  considerStage: PiecewiseClock;
  /** Timing "hazard": weighings per second of a viewer who noticed the link (stage + link while live). */
  considerNoticed: PiecewiseClock;
}

/**
 * One arm's link (placement, ad effect, notice rate, when it is live) and leaving clock:
 *   patience used per second = leaveMultiplier(piece) · (1 + annoyance · live(piece)) · e^(−charismaHold·(charisma − 0.5)).
 * The link is live during pitches and flash sales for every placement, and from `liveFrom` on
 * for every placement but popup_on_pitch. The scenario's link overrides apply to its own placement.
 * Weighing clocks (timing "hazard"): the stage's rate (pitch, sale, countdown) for everyone
 * present, plus considerations.linkPerMinute while the link is live for viewers who noticed it.
 */
export function compileArm(
  scenario: Scenario,
  treatment: ArmTreatment,
  starts: readonly number[],
  effects: readonly SegmentEffects[],
  pitchProduct: Int32Array,
  offer: Int32Array,
  liveFrom: number,
  stageConsiderations: readonly number[],
): CompiledArm {
  const placementName = treatment.linkPlacement ?? scenario.link.placement;
  const placement = LINK_PLACEMENTS[placementName];
  const own = placementName === scenario.link.placement;
  const adEffect = (own ? scenario.link.adEffect : undefined) ?? placement.adEffect;
  const notice = (own ? scenario.link.noticePerMinute : undefined) ?? placement.noticePerMinute;
  const annoyance = (own ? scenario.link.annoyance : undefined) ?? placement.annoyance;
  const charisma = exp(-scenario.host.charismaHold * (scenario.host.charisma - 0.5));
  const linkLive = Uint8Array.from(starts, (start, piece) =>
    pitchProduct[piece] !== -2 || offer[piece] >= 0 || (!placement.onlyDuringPitch && start >= liveFrom) ? 1 : 0,
  );
  const leave = effects.map((piece, index) => piece.leaveMultiplier * (1 + annoyance * linkLive[index]) * charisma);
  const linkRate = scenario.purchase.considerations.linkPerMinute / 60;
  return {
    name: treatment.name,
    priceMultiplier: treatment.priceMultiplier ?? 1,
    linkAdEffect: adEffect,
    noticeRate: notice / 60,
    linkLive,
    leaveClock: new PiecewiseClock(starts, leave),
    considerStage: new PiecewiseClock(starts, stageConsiderations),
    considerNoticed: new PiecewiseClock(
      starts,
      stageConsiderations.map((rate, piece) => rate + linkRate * linkLive[piece]),
    ),
    couponOnArrival: treatment.couponOnArrival ?? null,
  };
}
