import { createStream } from '../../sim/random/index.js';
/** Resamples used to locate the optimum of a sweep. */
export const BOOTSTRAP_RESAMPLES = 2000;
/**
 * How often each column is the best (highest mean) when the rows are resampled with replacement:
 * a nonparametric bootstrap (Efron & Tibshirani 1993, An Introduction to the Bootstrap, ch. 6) of
 * the argmax of a mean curve. Rows are replicates; columns are the swept values, each row's
 * values computed with the same random numbers, so resampling rows keeps that pairing.
 * Seeded from (seed, 0, 'sweep.bootstrap'); ties go to the earlier column. O(B · R · K).
 *
 * @returns the best column of each resample.
 */
export function bootstrapArgmax(rows, seed, resamples = BOOTSTRAP_RESAMPLES) {
    const rng = createStream(seed, 0, 'sweep.bootstrap');
    const n = rows.length;
    const columns = rows[0]?.length ?? 0;
    const totals = new Float64Array(columns);
    const best = [];
    for (let b = 0; b < resamples; b++) {
        totals.fill(0);
        for (let i = 0; i < n; i++) {
            const row = rows[Math.floor(rng() * n)];
            for (let k = 0; k < columns; k++)
                totals[k] += row[k];
        }
        best.push(argmax(totals));
    }
    return best;
}
/** Index of the largest value (the first one on ties). */
export function argmax(values) {
    let index = 0;
    for (let k = 1; k < values.length; k++)
        if (values[k] > values[index])
            index = k;
    return index;
}
//# sourceMappingURL=bootstrapArgmax.js.map