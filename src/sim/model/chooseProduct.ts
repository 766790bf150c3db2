import { interestOf } from './interestOf.js';
import type { SessionState } from './SessionState.js';
import { P_ORDERS } from './SessionTotals.js';

/**
 * The product a viewer is shown at a decision moment that names none (docs/model.md § Pitch
 * policy): the product on flash sale now, else the product being pitched, else `link.productId`;
 * if there is none or the viewer already bought it, the scenario's pitch policy picks among the
 * products the viewer has not bought: fixed_order (catalogue order), interest_matched (highest
 * interest I for this viewer) or best_seller (most orders so far this session; ties in catalogue
 * order). Returns −1 when the viewer has bought everything.
 */
export function chooseProduct(session: SessionState, slot: number): number {
  const featured = featuredProduct(session);
  const bought = session.table.bought[slot];
  if (featured >= 0 && (bought & (1 << featured)) === 0) return featured;
  const count = session.products.count;
  const policy = session.scenario.pitchPolicy;
  let best = -1;
  let bestScore = -Infinity;
  for (let p = 0; p < count; p++) {
    if ((bought & (1 << p)) !== 0) continue;
    if (policy === 'fixed_order') return p;
    const score = policy === 'interest_matched' ? interestOf(session, slot, p) : session.totals.productAt(p, P_ORDERS);
    if (score > bestScore) {
      best = p;
      bestScore = score;
    }
  }
  return best;
}

/** The product named by the current offer, pitch or link, or −1. */
export function featuredProduct(session: SessionState): number {
  const plan = session.plan;
  const piece = session.currentPiece;
  const offer = plan.pieceOffer[piece];
  if (offer >= 0) return plan.offers[offer].productIndex;
  if (plan.piecePitchProduct[piece] >= 0) return plan.piecePitchProduct[piece];
  return session.linkProduct;
}
