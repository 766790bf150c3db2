import type { Scenario } from '../scenario/index.js';
import type { PlanPieces } from './planPieces.js';

/** A flash sale, ready for the decision hot path (times in seconds). */
export interface OfferSpec {
  planIndex: number;
  productIndex: number;
  /** Fraction off the price (0.2 = 20% off). */
  discount: number;
  /** Units at the sale price; Infinity when unlimited. */
  stock: number;
  end: number;
  countdownStart: number;
  countdownBoost: number;
  adEffect: number;
}

/** A giveaway's coupon. */
export interface CouponSpec {
  share: number;
  value: number;
  adEffect: number;
  /** Product it is valid for, −1 for any. */
  productIndex: number;
}

/**
 * What each piece sells: the segment's ad effect (a pitch's scaled by 2·charisma; a flash sale's
 * goes to its offer), the pitched product, the flash sale running, and the giveaway starting.
 * A flash sale or giveaway continued by back-to-back segments of the same settings is one offer
 * (one stock, one countdown to the run's end) or one hand-out (see segmentRuns).
 */
export function compileSelling(scenario: Scenario, pieces: PlanPieces) {
  const count = pieces.starts.length;
  const productIndex = new Map(scenario.products.map((product, index) => [product.id, index]));
  const offers: OfferSpec[] = [];
  const coupons: CouponSpec[] = [];
  const pieceOffer = new Int32Array(count).fill(-1);
  const pieceCoupon = new Int32Array(count).fill(-1);
  const piecePitchProduct = new Int32Array(count).fill(-2);
  const pieceAdEffect = new Float64Array(count);
  pieces.segment.forEach((index, piece) => {
    const segment = index < 0 ? undefined : scenario.plan[index];
    const effects = pieces.effects[piece];
    pieceAdEffect[piece] = segment?.type === 'pitch' ? effects.adEffect * 2 * scenario.host.charisma : effects.adEffect;
    if (segment?.type === 'pitch') piecePitchProduct[piece] = segment.productId === undefined ? -1 : (productIndex.get(segment.productId) as number);
    if (segment?.type === 'flash_sale') {
      pieceAdEffect[piece] = 0;
      const head = pieces.runHead[index];
      let offer = offers.findIndex((o) => o.planIndex === head);
      if (offer < 0) {
        const end = pieces.runEndMinute[index] * 60;
        const productId = productIndex.get(segment.productId) as number;
        offer = offers.push({
          planIndex: head,
          productIndex: productId,
          discount: segment.discountPercent / 100,
          stock: segment.stock ?? Infinity,
          end,
          countdownStart: end - segment.countdownMinutes * 60,
          countdownBoost: segment.countdownBoost,
          adEffect: effects.adEffect,
        }) - 1;
      }
      pieceOffer[piece] = offer;
    }
    if (segment?.type === 'giveaway' && pieces.runHead[index] === index && piece === pieces.starts.indexOf(segment.startMinute * 60)) {
      const productId = segment.couponProductId;
      const coupon = { share: segment.couponShare, value: segment.couponValue, adEffect: segment.couponAdEffect };
      pieceCoupon[piece] = coupons.push({ ...coupon, productIndex: productId === undefined ? -1 : (productIndex.get(productId) as number) }) - 1;
    }
  });
  return { pieceAdEffect, pieceOffer, pieceCoupon, piecePitchProduct, offers, coupons };
}
