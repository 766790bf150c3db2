import { quantile } from './quantileSorted.js';
/**
 * The threshold a cap stands for. A percentile is computed on the values passed, which should be
 * the metric pooled over every arm so that all arms are capped at the same value (capping each arm
 * at its own percentile would bias the comparison). Percentiles use numpy's default linear
 * interpolation (`quantileSorted`). O(n log n) for a percentile, O(1) for an absolute cap.
 *
 * @example capThreshold([1, 2, 3, 4, 100], { percentile: 75 }) // 4
 */
export function capThreshold(pooledValues, cap) {
    if (typeof cap === 'number') {
        if (Number.isNaN(cap))
            throw new RangeError('cap must be a number');
        return cap;
    }
    if (!(cap.percentile >= 0 && cap.percentile <= 100))
        throw new RangeError(`cap percentile must lie in [0, 100], got ${cap.percentile}`);
    if (pooledValues.length === 0)
        throw new RangeError('a percentile cap needs at least one value');
    return quantile(pooledValues, cap.percentile / 100);
}
/**
 * Winsorize from above: every value above the cap's threshold is replaced by the threshold
 * (Dixon 1960; Tukey 1962). Returns the capped copy, the threshold and how many values were capped.
 * O(n), plus the sort of a percentile cap.
 *
 * @example capValues([1, 5, 9], 6) // { values: Float64Array [1, 5, 6], threshold: 6, cappedCount: 1 }
 */
export function capValues(values, cap) {
    const threshold = capThreshold(values, cap);
    const capped = new Float64Array(values.length);
    let cappedCount = 0;
    for (let i = 0; i < values.length; i++) {
        if (values[i] > threshold)
            cappedCount++;
        capped[i] = capValue(values[i], threshold);
    }
    return { values: capped, threshold, cappedCount };
}
/**
 * One value capped at a known threshold: the streaming form, for a CSV pass or a simulator that
 * accumulates sufficient statistics of capped values row by row. O(1).
 *
 * @example capValue(120, 99.5) // 99.5
 */
export function capValue(value, threshold) {
    return value > threshold ? threshold : value;
}
//# sourceMappingURL=capValues.js.map