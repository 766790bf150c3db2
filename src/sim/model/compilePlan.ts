import type { Scenario } from '../scenario/index.js';
import type { ArmTreatment } from './ArmTreatment.js';
import { compileArm, type CompiledArm } from './compileArm.js';

export type { CompiledArm } from './compileArm.js';
import { compileInteractions } from './compileInteractions.js';
import { compileSelling, type CouponSpec, type OfferSpec } from './compileSelling.js';
import { PiecewiseClock } from './PiecewiseClock.js';
import { planPieces } from './planPieces.js';
import { exp } from '../../math/index.js';

export type { CouponSpec, OfferSpec } from './compileSelling.js';

/**
 * Everything time-dependent in a scenario, compiled once per run into per-piece tables and
 * operational clocks (see {@link PiecewiseClock}), so that events only do lookups.
 * Formulas: docs/model.md (leaving, interactions, interest growth, ad effect).
 */
export interface CompiledPlan {
  durationSeconds: number;
  minutes: number;
  pieceStarts: Float64Array;
  pieceSegment: Int32Array;
  /** Segment ad effect per piece (pitches scaled by 2·charisma); a flash sale's is in its offer. */
  pieceAdEffect: Float64Array;
  /** Offer index per piece (−1 none), giveaway coupon index (−1 none). */
  pieceOffer: Int32Array;
  pieceCoupon: Int32Array;
  /** −2: not a pitch; −1: a pitch without a product (pitchPolicy decides); else the product. */
  piecePitchProduct: Int32Array;
  offers: OfferSpec[];
  coupons: CouponSpec[];
  /** Per audience segment: total interaction rate clock, and cumulative kind weights per piece. */
  interactionClocks: PiecewiseClock[];
  kindCumulative: Float64Array;
  /** Per audience segment: the only interaction kind it ever has, or −1 when it has several. */
  singleKind: Int32Array;
  /** Per audience segment: its act rate per second if the same in every piece, else 0. */
  uniformActRate: Float64Array;
  growthClock: PiecewiseClock;
  /** Whether any piece grows interest (else the content term is 0 and is skipped). */
  hasGrowth: boolean;
  liveFrom: number;
  arms: CompiledArm[];
  /** purchase.timing is "hazard": buying is a process in time (docs/model.md § Purchase decision). */
  hazard: boolean;
  /** Time constant with which a segment's ad effect builds up and fades, seconds (0: at once). */
  persuasionTau: number;
  /** The persuasion level V at each piece's start (see persuasionLevel). */
  persuasionStart: Float64Array;
}

export function compilePlan(scenario: Scenario, treatments: readonly ArmTreatment[] = []): CompiledPlan {
  const T = scenario.session.durationMinutes * 60;
  const pieces = planPieces(scenario);
  const selling = compileSelling(scenario, pieces);
  const { pieceOffer, piecePitchProduct } = selling;
  const interactions = compileInteractions(scenario, pieces.starts, pieces.effects);
  const rates = scenario.purchase.considerations;
  const stage = pieces.starts.map((start, piece) => {
    const offer = pieceOffer[piece];
    const countdown = offer >= 0 && start >= selling.offers[offer].countdownStart;
    return ((piecePitchProduct[piece] !== -2 ? rates.pitchPerMinute : 0) + (offer >= 0 ? rates.offerPerMinute : 0) + (countdown ? rates.countdownPerMinute : 0)) / 60;
  });
  const arms = (treatments.length > 0 ? treatments : [{ name: 'all' }]).map((treatment) =>
    compileArm(scenario, treatment, pieces.starts, pieces.effects, piecePitchProduct, pieceOffer, pieces.liveFrom, stage),
  );
  const persuasionTau = scenario.purchase.considerationMinutes * 60;
  return {
    durationSeconds: T,
    minutes: Math.ceil(T / 60),
    pieceStarts: Float64Array.from(pieces.starts),
    pieceSegment: Int32Array.from(pieces.segment),
    ...selling,
    ...interactions,
    growthClock: new PiecewiseClock(pieces.starts, pieces.effects.map((effects) => effects.interestGrowthPerMinute / 60)),
    hasGrowth: pieces.effects.some((effects) => effects.interestGrowthPerMinute > 0),
    liveFrom: pieces.liveFrom,
    arms,
    hazard: scenario.purchase.timing === 'hazard',
    persuasionTau,
    persuasionStart: persuasionAtStarts(pieces.starts, selling.pieceAdEffect, persuasionTau),
  };
}

/**
 * Persuasion V(t) follows dV/dt = (a(t) − V)/τ with a(t) the segment ad effect of the piece
 * running (a first-order lag: it builds towards a while a segment runs and fades after):
 * V(t) = a_k + (V(s_k) − a_k)·e^(−(t − s_k)/τ) inside piece k. Values at the piece starts, V(0) = 0.
 */
function persuasionAtStarts(starts: readonly number[], adEffect: Float64Array, tau: number): Float64Array {
  const values = new Float64Array(starts.length);
  for (let k = 1; k < starts.length; k++) {
    const a = adEffect[k - 1];
    values[k] = tau > 0 ? a + (values[k - 1] - a) * exp(-(starts[k] - starts[k - 1]) / tau) : a;
  }
  return values;
}
