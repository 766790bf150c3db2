import type { Scenario } from '../scenario/index.js';

/**
 * The catalogue as flat arrays for the decision hot path: prices, the list-price anchor, each
 * product's rating and host-expertise terms of the interest model, and which viewer topics match
 * which products.
 */
export interface ProductTable {
  count: number;
  ids: string[];
  price: Float64Array;
  listPrice: Float64Array;
  /** interest.rating · (stars − 4) + interest.hostExpertise · (best host expertise among its topics). */
  interestShift: Float64Array;
  /** topicMatch[tag * count + product] = 1 when the product carries topic `tag`. */
  topicMatch: Uint8Array;
  /** Viewer topics in a fixed order (union of all segments' interest tags). */
  tags: string[];
  /** medianWillingness[segment * count + product]: the segment's median WTP for the product's kind. */
  medianWillingness: Float64Array;
}

export function productTable(scenario: Scenario): ProductTable {
  const products = scenario.products;
  const count = products.length;
  const tags = [...new Set(scenario.audience.segments.flatMap((segment) => Object.keys(segment.interestTags)))];
  const topicMatch = new Uint8Array(Math.max(1, tags.length) * count);
  tags.forEach((tag, t) => products.forEach((product, p) => (topicMatch[t * count + p] = product.topics.includes(tag) ? 1 : 0)));
  const interestShift = Float64Array.from(products, (product) => {
    const expertise = Math.max(0, ...product.topics.map((topic) => scenario.host.expertise[topic] ?? 0));
    return scenario.interest.rating * (product.rating - 4) + scenario.interest.hostExpertise * expertise;
  });
  const segments = scenario.audience.segments;
  const medianWillingness = new Float64Array(segments.length * count);
  segments.forEach((segment, s) => products.forEach((product, p) => (medianWillingness[s * count + p] = segment.willingnessToPay.medianByKind[product.kind])));
  return {
    medianWillingness,
    count,
    ids: products.map((product) => product.id),
    price: Float64Array.from(products, (product) => product.price),
    listPrice: Float64Array.from(products, (product) => product.listPrice ?? product.price),
    interestShift,
    topicMatch,
    tags,
  };
}
