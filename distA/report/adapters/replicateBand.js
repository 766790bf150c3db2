/** Mean and the central `coverage` band (default 90%: 5th to 95th percentile) of the values. */
export function replicateBand(values, coverage = 0.9) {
    if (values.length === 0)
        return { mean: NaN, lo: NaN, hi: NaN };
    const sorted = [...values].sort((a, b) => a - b);
    const mean = values.reduce((total, value) => total + value, 0) / values.length;
    const tail = (1 - coverage) / 2;
    return { mean, lo: percentileSorted(sorted, tail), hi: percentileSorted(sorted, 1 - tail) };
}
/** Percentile p ∈ [0, 1] of ascending values, interpolating linearly (type 7). */
export function percentileSorted(sorted, p) {
    const position = (sorted.length - 1) * p;
    const below = Math.floor(position);
    const above = Math.min(sorted.length - 1, below + 1);
    return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}
//# sourceMappingURL=replicateBand.js.map