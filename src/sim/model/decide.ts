import { interestOf } from './interestOf.js';
import type { SessionState } from './SessionState.js';
import { onPurchase } from './purchaseHandlers.js';
import { roomLogOdds } from './roomState.js';
import { P_CLICKS, P_VIEWS } from './SessionTotals.js';
import { PURPOSE_DECIDE } from './ViewerStreams.js';
import { CLICKED, COUPON_PENDING, NO_COUPON, SAW_LINK } from './ViewerTable.js';
import { exp, log } from '../../math/index.js';

/** Prices are floored at one cent inside logarithms, so a free product has finite odds. */
const MIN_PRICE = 0.01;

/**
 * A decision (timing "moments") or a weighing (timing "hazard"): the viewer in `slot` has `product`
 * in front of them and may buy. Purchase probability P = p(D, I, B, A) (docs/model.md § Purchase decision):
 *
 *   η = baseline + interest·I + A + listPriceAnchor·ln(list / price) + trust·(trust + shift − 0.5) + room(D)
 *       [+ priceVsWillingness·sensitivity·ln(price / WTP), timing "moments" only]
 *   click if U < σ(η + clickLift), buy if U < σ(η)   (one uniform U, so every buyer clicked)
 *   timing "hazard": buy only if also price ≤ WTP (a reservation price)
 *
 * (+ the session's warmth, a session-level random effect.)
 * A = link ad effect (if live) + segment ad effect (timing "hazard": its persuasion level, built up
 * and fading, see persuasionOf) + offer effect (+ countdown) + coupon effect; shift = the viewer's
 * extra trust (0, or more for a follower returning in a season).
 * A purchase is scheduled as an event at once; sale stock is reserved now.
 */
export function decide(session: SessionState, slot: number, product: number): void {
  const { table, totals } = session;
  if ((table.bought[slot] & (1 << product)) !== 0 || table.pendingProduct[slot] >= 0) return;
  table.flags[slot] |= SAW_LINK;
  totals.decisions++;
  totals.addProduct(product, P_VIEWS, 1);
  const minute = session.series.minuteOf(session.env.now);
  session.series.linkViews[minute]++;
  const offer = activeOffer(session, product);
  const logOdds = purchaseLogOdds(session, slot, product, offer);
  const u = session.streams.next(slot, PURPOSE_DECIDE);
  if (u < 1 / (1 + exp(-(logOdds + session.scenario.purchase.clickLift)))) {
    table.flags[slot] |= CLICKED;
    totals.addProduct(product, P_CLICKS, 1);
    session.series.clicks[minute]++;
  }
  if (!(u < 1 / (1 + exp(-logOdds)))) return;
  if (session.plan.hazard && !(session.decisionPrice <= session.decisionWillingness)) return;
  table.pendingProduct[slot] = product;
  table.pendingPrice[slot] = session.decisionPrice;
  table.pendingOffer[slot] = offer;
  if (offer >= 0) {
    session.offerStock[offer]--;
    if (!(session.offerStock[offer] > 0)) session.offerSoldOutAt[offer] = session.env.now;
  }
  if (session.decisionUsesCoupon) table.flags[slot] |= COUPON_PENDING;
  session.env.schedule(0, onPurchase, slot);
}

/** The flash sale running now for this product with stock left, or −1. */
function activeOffer(session: SessionState, product: number): number {
  const offer = session.plan.pieceOffer[session.currentPiece];
  if (offer < 0 || session.plan.offers[offer].productIndex !== product || !(session.offerStock[offer] > 0)) return -1;
  return offer;
}

/**
 * Timing "hazard": the segment ad effect as it acts on this viewer now, W = V(now) − V(arrival)·e^(−(now − arrival)/τ),
 * the persuasion built up since the viewer arrived (V: compilePlan's first-order lag of the pieces'
 * ad effects). With τ = 0 it is the ad effect of the piece running.
 */
export function persuasionOf(session: SessionState, slot: number): number {
  const plan = session.plan;
  const piece = session.currentPiece;
  const a = plan.pieceAdEffect[piece];
  const tau = plan.persuasionTau;
  if (!(tau > 0)) return a;
  const now = session.env.now;
  const level = a + (plan.persuasionStart[piece] - a) * exp(-(now - plan.pieceStarts[piece]) / tau);
  return level - session.table.persuasionAtArrival[slot] * exp(-(now - session.table.arrival[slot]) / tau);
}

/** Timing "hazard": the persuasion level V now, stored for each viewer on arrival. */
export function persuasionLevel(session: SessionState): number {
  const plan = session.plan;
  const piece = session.currentPiece;
  const a = plan.pieceAdEffect[piece];
  const tau = plan.persuasionTau;
  if (!(tau > 0)) return 0;
  return a + (plan.persuasionStart[piece] - a) * exp(-(session.env.now - plan.pieceStarts[piece]) / tau);
}

/**
 * η for one viewer and product. Also leaves the price the viewer would pay, whether it uses their
 * coupon and their willingness to pay in `session.decisionPrice` / `decisionUsesCoupon` /
 * `decisionWillingness` (no object per decision).
 */
export function purchaseLogOdds(session: SessionState, slot: number, product: number, offer: number): number {
  const { table, plan, products } = session;
  const purchase = session.scenario.purchase;
  const arm = plan.arms[table.arm[slot]];
  const piece = session.currentPiece;
  let price = products.price[product] * arm.priceMultiplier;
  let ad = (arm.linkLive[piece] === 1 ? arm.linkAdEffect : 0) + (plan.hazard ? persuasionOf(session, slot) : plan.pieceAdEffect[piece]);
  if (offer >= 0) {
    const spec = plan.offers[offer];
    price *= 1 - spec.discount;
    ad += spec.adEffect + (session.env.now >= spec.countdownStart ? spec.countdownBoost : 0);
  }
  const coupon = table.couponProduct[slot];
  const usesCoupon = coupon !== NO_COUPON && (coupon === -1 || coupon === product);
  if (usesCoupon) {
    price = Math.max(0, price - table.couponValue[slot]);
    ad += table.couponAdEffect[slot];
  }
  const segment = session.scenario.audience.segments[table.segment[slot]];
  const paid = Math.max(price, MIN_PRICE);
  let logOdds = purchase.baseline + purchase.interest * interestOf(session, slot, product) + ad;
  const willingness = products.medianWillingness[table.segment[slot] * products.count + product] * table.willingnessToPay[slot];
  if (purchase.priceVsWillingness !== 0 && !plan.hazard) {
    logOdds += purchase.priceVsWillingness * segment.priceSensitivity * log(paid / willingness);
  }
  if (purchase.listPriceAnchor !== 0) logOdds += purchase.listPriceAnchor * log(Math.max(products.listPrice[product], paid) / paid);
  logOdds += purchase.trust * (segment.trustInHost + table.trustShift[slot] - 0.5) + roomLogOdds(session) + session.warmth;
  session.decisionPrice = price;
  session.decisionUsesCoupon = usesCoupon;
  session.decisionWillingness = willingness;
  return logOdds;
}
