/**
 * The p-quantile of ascending-sorted values by linear interpolation between order statistics:
 * h = (n − 1)p, Q = x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋ + 1] − x[⌊h⌋]). This is Hyndman & Fan's (1996)
 * definition 7, the default of numpy `quantile`/`percentile`, R `quantile` and Excel `PERCENTILE`.
 * NaN for an empty array. O(1).
 *
 * @example quantileSorted([1, 2, 3, 4], 0.5) // 2.5
 */
export function quantileSorted(sorted, p) {
    if (!(p >= 0 && p <= 1))
        throw new RangeError(`quantile probability must lie in [0, 1], got ${p}`);
    const n = sorted.length;
    if (n === 0)
        return NaN;
    const h = (n - 1) * p;
    const low = Math.floor(h);
    const high = Math.min(low + 1, n - 1);
    return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
}
/** The p-quantile of unsorted values (copies and sorts them; O(n log n)). */
export function quantile(values, p) {
    return quantileSorted(sortedCopy(values), p);
}
/** An ascending-sorted Float64Array copy (numeric order, unlike Array.prototype.sort). */
export function sortedCopy(values) {
    return Float64Array.from(values).sort();
}
//# sourceMappingURL=quantileSorted.js.map