import { scenarioDiff } from './scenarioDiff.js';
/** Scenario fields that only label the plan: they may differ without changing the room. */
const LABELS = new Set(['$schema', 'name', 'description', 'seed']);
/** Relative tolerance when checking that every product's price moved by the same factor. */
const PRICE_TOLERANCE = 1e-9;
/**
 * Turn an arm of a viewer-randomized experiment into the per-viewer treatment the model applies
 * inside the shared room (`ArmTreatment`): the arm's scenario is compared with the room's (base)
 * scenario, and each difference must be one the model can give to some viewers only:
 *
 * - `link.placement` → the arm's link placement;
 * - `products[i].price`, every product scaled by one factor c → price multiplier c;
 * - the arm's arrival coupon → a coupon for each of its viewers.
 *
 * Anything else (host, plan, pitch policy, traffic...) is the same for everyone in a room; it is
 * reported with its path and the advice to randomize by session instead.
 */
export function viewerTreatment(name, base, arm, coupon) {
    const treatment = { name };
    const problems = [];
    const priceChanges = [];
    for (const difference of scenarioDiff(base, arm)) {
        const [first, second, third] = difference.path;
        if (typeof first === 'string' && LABELS.has(first))
            continue;
        if (first === 'link' && second === 'placement' && difference.path.length === 2)
            treatment.linkPlacement = difference.after;
        else if (first === 'products' && typeof second === 'number' && third === 'price' && difference.path.length === 3)
            priceChanges.push(difference);
        else
            problems.push({ path: difference.path, message: notSplittable(difference.path) });
    }
    const multiplier = priceMultiplier(base, arm, priceChanges, problems);
    if (multiplier !== 1)
        treatment.priceMultiplier = multiplier;
    if (coupon !== undefined)
        treatment.couponOnArrival = { value: coupon.value, adEffect: coupon.adEffect };
    return { treatment, problems };
}
/** The common factor of all price changes, or a problem when products move by different factors. */
function priceMultiplier(base, arm, changes, problems) {
    if (changes.length === 0)
        return 1;
    const factors = base.products.map((product, index) => arm.products[index].price / product.price);
    const factor = factors[0];
    const uneven = factors.findIndex((other) => Math.abs(other - factor) > PRICE_TOLERANCE * Math.max(1, factor));
    if (uneven >= 0) {
        problems.push({
            path: ['products', uneven, 'price'],
            message: 'a viewer-randomized arm can only scale every product\'s price by the same factor ' +
                `(products[0] × ${round(factor)}, products[${uneven}] × ${round(factors[uneven])}); use unit "session" to test other price changes`,
        });
    }
    return factor;
}
function notSplittable(path) {
    const field = path.map((step) => (typeof step === 'number' ? `[${step}]` : `.${step}`)).join('').replace(/^\./, '');
    return (`"${field}" cannot differ between viewers of one shared room (everyone sees the same host, plan and room); ` +
        'use unit "session" (or a switchback). A viewer-randomized arm may change only link.placement, product prices by one common factor, and its coupon');
}
function round(value) {
    return Math.round(value * 1e6) / 1e6;
}
//# sourceMappingURL=viewerTreatment.js.map