import { chiSquareSurvival } from './distributions/chiSquareSurvival.js';
/**
 * Sample ratio mismatch: Pearson's chi-square goodness-of-fit test of the observed units per arm
 * against the configured split (any number of arms, any shares; shares are normalised), as
 * scipy `chisquare(observed, f_exp)`; flagged at p < 0.001 by default (Fabijan et al., "Diagnosing
 * sample ratio mismatch in online controlled experiments", KDD 2019). O(arms).
 *
 * An arm with share 0 and units observed gives chiSquare = Infinity, p = 0. No units at all:
 * chiSquare 0, p 1.
 *
 * @example srmTest([5000, 5200], [50, 50]).pValue // 0.04771…
 */
export function srmTest(observed, expectedShares, threshold = 0.001) {
    validate(observed, expectedShares, threshold);
    const total = observed.reduce((sum, count) => sum + count, 0);
    const shareTotal = expectedShares.reduce((sum, share) => sum + share, 0);
    const expected = expectedShares.map((share) => (total * share) / shareTotal);
    let chiSquare = 0;
    let arms = 0;
    for (let i = 0; i < observed.length; i++) {
        if (expectedShares[i] > 0)
            arms++;
        if (expected[i] > 0)
            chiSquare += ((observed[i] - expected[i]) ** 2) / expected[i];
        else if (observed[i] > 0)
            chiSquare = Infinity;
    }
    const df = Math.max(arms - 1, 1);
    const pValue = total === 0 || chiSquare === 0 ? 1 : chiSquareSurvival(chiSquare, df);
    return { chiSquare, pValue, df, flagged: pValue < threshold, expected };
}
function validate(observed, shares, threshold) {
    if (observed.length !== shares.length)
        throw new RangeError(`srmTest: ${observed.length} counts but ${shares.length} shares`);
    if (observed.length < 2)
        throw new RangeError('srmTest: needs at least two arms');
    if (!observed.every((count) => Number.isFinite(count) && count >= 0))
        throw new RangeError('srmTest: counts must be finite and ≥ 0');
    if (!shares.every((share) => Number.isFinite(share) && share >= 0) || !shares.some((share) => share > 0)) {
        throw new RangeError('srmTest: shares must be ≥ 0 with at least one positive');
    }
    if (!(threshold > 0 && threshold < 1))
        throw new RangeError(`srmTest: threshold ${threshold} must be in (0, 1)`);
}
//# sourceMappingURL=srmTest.js.map