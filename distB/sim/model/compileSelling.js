/**
 * What each piece sells: the segment's ad effect (a pitch's scaled by 2·charisma; a flash sale's
 * goes to its offer), the pitched product, the flash sale running, and the giveaway starting.
 */
export function compileSelling(scenario, pieces) {
    const count = pieces.starts.length;
    const productIndex = new Map(scenario.products.map((product, index) => [product.id, index]));
    const offers = [];
    const coupons = [];
    const pieceOffer = new Int32Array(count).fill(-1);
    const pieceCoupon = new Int32Array(count).fill(-1);
    const piecePitchProduct = new Int32Array(count).fill(-2);
    const pieceAdEffect = new Float64Array(count);
    pieces.segment.forEach((index, piece) => {
        const segment = index < 0 ? undefined : scenario.plan[index];
        const effects = pieces.effects[piece];
        pieceAdEffect[piece] = segment?.type === 'pitch' ? effects.adEffect * 2 * scenario.host.charisma : effects.adEffect;
        if (segment?.type === 'pitch')
            piecePitchProduct[piece] = segment.productId === undefined ? -1 : productIndex.get(segment.productId);
        if (segment?.type === 'flash_sale') {
            pieceAdEffect[piece] = 0;
            let offer = offers.findIndex((o) => o.planIndex === index);
            if (offer < 0) {
                const end = segment.endMinute * 60;
                const productId = productIndex.get(segment.productId);
                offer = offers.push({
                    planIndex: index,
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
        if (segment?.type === 'giveaway' && piece === pieces.starts.indexOf(segment.startMinute * 60)) {
            const productId = segment.couponProductId;
            const coupon = { share: segment.couponShare, value: segment.couponValue, adEffect: segment.couponAdEffect };
            pieceCoupon[piece] = coupons.push({ ...coupon, productIndex: productId === undefined ? -1 : productIndex.get(productId) }) - 1;
        }
    });
    return { pieceAdEffect, pieceOffer, pieceCoupon, piecePitchProduct, offers, coupons };
}
//# sourceMappingURL=compileSelling.js.map