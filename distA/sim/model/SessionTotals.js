/** Columns of the per-audience-segment totals. */
export const SEGMENT_FIELDS = ['arrived', 'engaged', 'sawLink', 'clicked', 'bought', 'orders', 'revenue', 'watchSeconds', 'interactions'];
/** Columns of the per-product totals. */
export const PRODUCT_FIELDS = ['views', 'clicks', 'orders', 'revenue', 'saleUnits'];
const SEG = SEGMENT_FIELDS.length;
const PROD = PRODUCT_FIELDS.length;
/**
 * Running totals of one session, in plain numbers and typed arrays: what the run result is built
 * from. Viewer-level funnel counts are added when a viewer leaves (every viewer leaves, at the
 * latest at the end of the session); orders and revenue when a purchase happens.
 */
export class SessionTotals {
    segmentCount;
    productCount;
    arrivalsBySource = new Float64Array(4);
    buyersBySource = new Float64Array(4);
    revenueBySource = new Float64Array(4);
    acts = new Float64Array(4);
    segment;
    product;
    arrived = 0;
    engaged = 0;
    sawLink = 0;
    clicked = 0;
    bought = 0;
    orders = 0;
    revenue = 0;
    decisions = 0;
    watchSeconds = 0;
    naturalDepartures = 0;
    purchaseExits = 0;
    newFollowers = 0;
    referralShares = 0;
    couponsGiven = 0;
    constructor(segmentCount, productCount) {
        this.segmentCount = segmentCount;
        this.productCount = productCount;
        this.segment = new Float64Array(segmentCount * SEG);
        this.product = new Float64Array(productCount * PROD);
    }
    addSegment(segment, field, value) {
        this.segment[segment * SEG + field] += value;
    }
    addProduct(product, field, value) {
        this.product[product * PROD + field] += value;
    }
    productAt(product, field) {
        return this.product[product * PROD + field];
    }
    segmentValue(segment, field) {
        return this.segment[segment * SEG + SEGMENT_FIELDS.indexOf(field)];
    }
    productValue(product, field) {
        return this.product[product * PROD + PRODUCT_FIELDS.indexOf(field)];
    }
}
export const S_ARRIVED = 0;
export const S_ENGAGED = 1;
export const S_SAW_LINK = 2;
export const S_CLICKED = 3;
export const S_BOUGHT = 4;
export const S_ORDERS = 5;
export const S_REVENUE = 6;
export const S_WATCH = 7;
export const S_INTERACTIONS = 8;
export const P_VIEWS = 0;
export const P_CLICKS = 1;
export const P_ORDERS = 2;
export const P_REVENUE = 3;
export const P_SALE_UNITS = 4;
//# sourceMappingURL=SessionTotals.js.map