import { msprt } from './msprt.js';
/**
 * Run the mSPRT over a sequence of looks (cumulative statistics, in time order), carrying the
 * always-valid p-value forward so that it never increases. Returns one result per look and the
 * index of the first look that rejects (−1 if none).
 *
 * O(looks).
 */
export function msprtSequence(looks, options = {}) {
    const results = [];
    let previousPValue = 1;
    for (const look of looks) {
        const result = msprt(look.control, look.treatment, { ...options, previousPValue });
        results.push(result);
        previousPValue = result.pValue;
    }
    return { results, firstRejection: results.findIndex((result) => result.decision === 'reject') };
}
//# sourceMappingURL=msprtSequence.js.map