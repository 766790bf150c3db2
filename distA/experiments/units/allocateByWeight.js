/**
 * Split `total` units among arms in proportion to their weights, by largest remainders
 * (Hamilton's method): each arm gets ⌊total · wₖ / Σw⌋, and the units left go one by one to the
 * largest fractional parts (ties to the earlier arm). The counts sum to `total`.
 *
 * @example allocateByWeight(10, [1, 1, 1]) // [4, 3, 3]
 */
export function allocateByWeight(total, weights) {
    if (!(Number.isInteger(total) && total >= 0))
        throw new RangeError(`total must be a non-negative integer, got ${total}`);
    const sum = weights.reduce((acc, weight) => acc + weight, 0);
    if (!(sum > 0))
        throw new RangeError('weights must have a positive sum');
    const exact = weights.map((weight) => (total * weight) / sum);
    const counts = exact.map(Math.floor);
    let left = total - counts.reduce((acc, count) => acc + count, 0);
    const order = exact.map((value, index) => index).sort((a, b) => exact[b] - counts[b] - (exact[a] - counts[a]) || a - b);
    for (let k = 0; left > 0; k++, left--)
        counts[order[k % order.length]]++;
    return counts;
}
/**
 * Which arm each of `counts.reduce(+)` units gets: the allocation laid out arm by arm, then
 * shuffled by Fisher–Yates with `rng` (a completely randomized design).
 */
export function shuffledAssignment(counts, rng) {
    const units = counts.flatMap((count, arm) => new Array(count).fill(arm));
    for (let i = units.length - 1; i > 0; i--) {
        const j = Math.floor(rng() * (i + 1));
        [units[i], units[j]] = [units[j], units[i]];
    }
    return units;
}
//# sourceMappingURL=allocateByWeight.js.map