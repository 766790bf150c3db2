import type { Environment } from '../kernel/index.js';
import { giveCoupon } from './arrivalHandlers.js';
import { chooseProduct } from './chooseProduct.js';
import { scheduleNotice } from './considerHandlers.js';
import { decide } from './decide.js';
import type { SessionState, SessionEnvironment } from './SessionState.js';
import { PURPOSE_DECIDE, PURPOSE_OTHER } from './ViewerStreams.js';

/**
 * The host's plan as events: one host event at every piece boundary inside the session (a plan
 * segment starts or ends, or the link goes live). At a boundary the room's rules change (the
 * current piece), and decision moments for everyone present happen (docs/model.md § Decision
 * moments, timing "moments" only): a flash sale starts, a pitch starts, or the link goes live. A
 * viewer meeting several at the same instant decides once. A giveaway hands out coupons to viewers
 * present. With timing "hazard" the boundary changes the weighing rates through the arms' clocks
 * (nobody is rescheduled); viewers present start noticing a link that went live.
 */
export function scheduleHostEvents(session: SessionState): void {
  const starts = session.plan.pieceStarts;
  for (let piece = 1; piece < starts.length; piece++) session.env.at(starts[piece], onHostBoundary, piece);
}

function onHostBoundary(env: Environment, piece: number): void {
  const session = (env as SessionEnvironment).session;
  const plan = session.plan;
  const previous = session.currentPiece;
  session.currentPiece = piece;
  const triggers = session.scenario.purchase.triggers;
  const offer = plan.pieceOffer[piece];
  const offerStarted = offer >= 0 && plan.pieceOffer[previous] !== offer;
  const pitchStarted = plan.piecePitchProduct[piece] !== -2 && plan.pieceSegment[piece] !== plan.pieceSegment[previous];
  const coupon = plan.pieceCoupon[piece];
  const becameLive = plan.arms.map((arm) => arm.linkLive[previous] === 0 && arm.linkLive[piece] === 1);
  if (!offerStarted && !pitchStarted && coupon < 0 && !becameLive.includes(true)) return;
  const { table } = session;
  if (plan.hazard) {
    for (let i = 0; i < table.count; i++) {
      const slot = table.present[i];
      if (coupon >= 0) handOutCoupon(session, slot, coupon);
      if (becameLive[table.arm[slot]]) scheduleNotice(session, slot, session.streams.next(slot, PURPOSE_DECIDE));
    }
    return;
  }
  for (let i = 0; i < table.count; i++) {
    const slot = table.present[i];
    if (coupon >= 0) handOutCoupon(session, slot, coupon);
    const live = becameLive[table.arm[slot]];
    if (offerStarted && triggers.offerStart) {
      decide(session, slot, plan.offers[offer].productIndex);
    } else if (pitchStarted && triggers.pitchStart) {
      const product = plan.piecePitchProduct[piece] >= 0 ? plan.piecePitchProduct[piece] : chooseProduct(session, slot);
      if (product >= 0) decide(session, slot, product);
    } else if (live && triggers.linkLive) {
      const product = chooseProduct(session, slot);
      if (product >= 0) decide(session, slot, product);
    } else if (live && triggers.notice) {
      scheduleNotice(session, slot, session.streams.next(slot, PURPOSE_DECIDE));
    }
  }
}

function handOutCoupon(session: SessionState, slot: number, coupon: number): void {
  const spec = session.plan.coupons[coupon];
  if (session.streams.next(slot, PURPOSE_OTHER) < spec.share) giveCoupon(session, slot, spec.value, spec.adEffect, spec.productIndex);
}
