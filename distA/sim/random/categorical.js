import { requireRng } from './parameterChecks.js';
/**
 * Index i with probability weights[i] / Σ weights, in O(1) per draw by Walker's alias method
 * (Vose's stable construction, O(n) set-up). Each draw uses two uniforms, one for the column and
 * one for the coin, so no resolution is lost splitting a single draw. Weights need not sum to 1;
 * zero weights are never drawn.
 * Source: Vose (1991), "A linear algorithm for generating random numbers with a given
 * distribution", IEEE TSE 17(9), 972–975.
 *
 * @example
 * const product = categorical(rng)([0.6, 0.3, 0.1]);
 * product(); // 0 about 60% of the time
 */
export const categorical = (rng) => (weights) => {
    requireRng('categorical', rng);
    const { probability, alias } = aliasTable(weights);
    const n = weights.length;
    return () => {
        const column = Math.floor(rng() * n);
        return rng() < probability[column] ? column : alias[column];
    };
};
function aliasTable(weights) {
    const n = weights.length;
    let total = 0;
    for (const weight of weights) {
        if (!(Number.isFinite(weight) && weight >= 0)) {
            throw new RangeError(`categorical: weights must be finite and ≥ 0, got ${weight}`);
        }
        total += weight;
    }
    if (n === 0 || !(total > 0))
        throw new RangeError('categorical: weights must contain a positive value');
    const probability = new Float64Array(n);
    const alias = new Int32Array(n);
    const scaled = weights.map((weight) => (weight * n) / total);
    const small = [];
    const large = [];
    scaled.forEach((value, index) => (value < 1 ? small : large).push(index));
    while (small.length > 0 && large.length > 0) {
        const less = small.pop();
        const more = large.pop();
        probability[less] = scaled[less];
        alias[less] = more;
        scaled[more] = scaled[more] + scaled[less] - 1;
        (scaled[more] < 1 ? small : large).push(more);
    }
    // Whatever is left is 1 up to rounding (Vose's numerically stable ending).
    for (const index of [...small, ...large]) {
        probability[index] = 1;
        alias[index] = index;
    }
    return { probability, alias };
}
//# sourceMappingURL=categorical.js.map