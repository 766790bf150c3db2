import type { SessionState } from './SessionState.js';
import { P_ORDERS, P_REVENUE, P_SALE_UNITS } from './SessionTotals.js';
import { PURPOSE_OTHER } from './ViewerStreams.js';
import { COUPON_PENDING, NO_COUPON } from './ViewerTable.js';
import { log1p } from '../../math/index.js';

/**
 * A purchase goes through: the order and its price are recorded (per viewer, product, minute),
 * a coupon used is spent, and the buyer may share the session (referrals): with probability
 * min(1, share + reward lift) they bring K ~ Poisson(viewersPerShare) friends, each arriving
 * after an Exp(mean delayMinutes) delay if that is still within the session.
 */
export function recordPurchase(session: SessionState, slot: number): void {
  const { table, totals, series, env } = session;
  const product = table.pendingProduct[slot];
  const price = table.pendingPrice[slot];
  table.pendingProduct[slot] = -1;
  table.bought[slot] |= 1 << product;
  if (table.orders[slot] === 0) table.firstPurchase[slot] = env.now;
  table.orders[slot]++;
  table.revenue[slot] += price;
  if ((table.flags[slot] & COUPON_PENDING) !== 0) {
    table.flags[slot] &= ~COUPON_PENDING;
    table.couponProduct[slot] = NO_COUPON;
    table.couponValue[slot] = 0;
    table.couponAdEffect[slot] = 0;
  }
  totals.orders++;
  totals.revenue += price;
  totals.addProduct(product, P_ORDERS, 1);
  totals.addProduct(product, P_REVENUE, price);
  if (table.pendingOffer[slot] >= 0) {
    totals.addProduct(product, P_SALE_UNITS, 1);
    session.offerUnits[table.pendingOffer[slot]]++;
  }
  const minute = series.minuteOf(env.now);
  series.orders[minute]++;
  series.revenue[minute] += price;
  share(session, slot);
}

function share(session: SessionState, slot: number): void {
  const referral = session.scenario.traffic.referral;
  const p = Math.min(1, referral.shareProbability + (referral.rewardOffered ? referral.rewardShareLift : 0));
  if (!(p > 0) || !(referral.viewersPerShare > 0)) return;
  if (!(session.streams.next(slot, PURPOSE_OTHER) < p)) return;
  session.totals.referralShares++;
  session.cursor = slot;
  const friends = session.referralCount();
  const meanDelay = referral.delayMinutes * 60;
  for (let k = 0; k < friends; k++) {
    const at = session.env.now - meanDelay * log1p(-session.streams.next(slot, PURPOSE_OTHER));
    if (at < session.T) session.env.at(at, session.referralArrival, session.table.segment[slot]);
  }
}
