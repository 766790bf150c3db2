/** Per-viewer metrics accumulated per arm, in this order. */
export const ARM_METRICS = ['conversion', 'revenue', 'watchSeconds', 'interactions', 'orders'];
const M = ARM_METRICS.length;
/**
 * Sufficient statistics (n, Σx, Σx²) per arm of each per-viewer metric: conversion (0/1 bought),
 * revenue, watch time, interactions and orders. Added as each viewer leaves, so an experiment gets
 * per-arm statistics from one shared room without keeping any viewer.
 */
export class ArmAccumulators {
    arms;
    n;
    sums;
    squares;
    constructor(arms) {
        this.arms = arms;
        this.n = new Float64Array(arms);
        this.sums = new Float64Array(arms * M);
        this.squares = new Float64Array(arms * M);
    }
    /** Add one viewer's values, in {@link ARM_METRICS} order. */
    add(arm, conversion, revenue, watchSeconds, interactions, orders) {
        this.n[arm]++;
        const o = arm * M;
        this.put(o, conversion);
        this.put(o + 1, revenue);
        this.put(o + 2, watchSeconds);
        this.put(o + 3, interactions);
        this.put(o + 4, orders);
    }
    stats(arm, metric) {
        const index = arm * M + ARM_METRICS.indexOf(metric);
        return { n: this.n[arm], sum: this.sums[index], sumSquares: this.squares[index] };
    }
    put(index, value) {
        this.sums[index] += value;
        this.squares[index] += value * value;
    }
}
//# sourceMappingURL=ArmAccumulators.js.map