import { studentTQuantile } from '../../stats/distributions/index.js';
import { quantileSorted, sortedCopy } from '../../stats/robust/index.js';
/**
 * Mean of per-replicate values with the 95% t interval x̄ ± t₀.₉₇₅,ₙ₋₁·s/√n (replicates are
 * independent by construction) and the 2.5–97.5% quantiles (Hyndman & Fan definition 7, as numpy).
 * One replicate gives a degenerate interval [x̄, x̄]. O(n log n).
 *
 * @example replicateSummary([1, 2, 3, 4]) // { mean: 2.5, ci: [0.4457…, 4.5542…], spread: [1.075, 3.925] }
 */
export function replicateSummary(values) {
    const n = values.length;
    if (n === 0)
        throw new RangeError('replicateSummary needs at least one replicate');
    let sum = 0;
    for (let i = 0; i < n; i++)
        sum += values[i];
    const mean = sum / n;
    let squares = 0;
    for (let i = 0; i < n; i++)
        squares += (values[i] - mean) ** 2;
    const half = n > 1 ? studentTQuantile(0.975, n - 1) * Math.sqrt(squares / (n - 1) / n) : 0;
    const sorted = sortedCopy(values);
    return { mean, ci: [mean - half, mean + half], spread: [quantileSorted(sorted, 0.025), quantileSorted(sorted, 0.975)] };
}
//# sourceMappingURL=replicateSummary.js.map