import { z } from 'zod';
import { optional, positive, required, withDefault } from './field.js';
/**
 * A knowledge product on sale in the session (the C of the domain model, together with the plan).
 * Formulas that use price, list price, topics and rating: docs/model.md § Products.
 */
export const ProductSchema = z
    .strictObject({
    id: required(z.string().min(1).regex(/^[A-Za-z0-9_.-]+$/), 'Identifier used by the plan and in breakdowns (letters, digits, _ . -).'),
    name: optional(z.string(), 'Display name. Leave out to use the id.'),
    kind: withDefault(z.enum(['course', 'ebook', 'column', 'membership']), 'course', 'Kind of knowledge product.'),
    price: required(positive(), 'Price in the session, before flash-sale discounts and coupons.', 'currency'),
    listPrice: optional(positive(), 'Crossed-out "original" price shown next to the price (anchoring, purchase.listPriceAnchor). Leave out for no anchor (= price).', 'currency'),
    topics: withDefault(z.array(z.string().min(1)), [], 'Topic tags, matched against viewers\' interest topics and the host\'s expertise.'),
    rating: withDefault(z.number().min(1).max(5), 4.5, 'Average review rating (1–5 stars); enters interest through interest.rating.', 'stars'),
})
    .describe('One product in the catalogue.');
//# sourceMappingURL=product.js.map