export function productTable(scenario) {
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
//# sourceMappingURL=productTable.js.map