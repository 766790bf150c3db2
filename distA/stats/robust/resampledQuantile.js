/**
 * The p-quantile (numpy linear interpolation) of one bootstrap resample of `sorted`, drawn with
 * replacement, without materialising or sorting the resample: draw n indices, count how often each
 * sorted position was drawn, then walk the counts to the order statistics ⌊h⌋ and ⌊h⌋ + 1,
 * h = (n − 1)p. Uses exactly n draws of `rng`. O(n) time, O(n) scratch space.
 */
export function resampledQuantile(sorted, p, rng) {
    const n = sorted.length;
    const counts = new Uint32Array(n);
    for (let i = 0; i < n; i++)
        counts[Math.floor(rng() * n)]++;
    const h = (n - 1) * p;
    const lowRank = Math.floor(h);
    const low = orderStatistic(sorted, counts, lowRank);
    if (lowRank + 1 >= n || h === lowRank)
        return low;
    const high = orderStatistic(sorted, counts, lowRank + 1);
    return low + (h - lowRank) * (high - low);
}
/** Value of 0-based rank k in the multiset {sorted[j] repeated counts[j] times}. */
function orderStatistic(sorted, counts, k) {
    let seen = 0;
    for (let j = 0; j < counts.length; j++) {
        seen += counts[j];
        if (seen > k)
            return sorted[j];
    }
    return sorted[sorted.length - 1];
}
//# sourceMappingURL=resampledQuantile.js.map