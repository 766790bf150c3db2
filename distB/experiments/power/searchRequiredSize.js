import { inversePrediction } from './inversePrediction.js';
import { probitFit } from './probitFit.js';
import { wilsonInterval } from '../aggregate/wilsonInterval.js';
/**
 * Smallest design size reaching the target power, by simulation:
 *
 *   initial size ─▶ bracket (double up while power < target, halve down while ≥ target)
 *                ─▶ refine (fit probit on √size over all points, simulate at the fitted n*,
 *                   or at the bracket midpoint when n* is outside or already simulated)
 *                ─▶ final probit fit ─▶ ⌈n*⌉ with its Fieller interval
 *
 * Every simulated point stays in the fit, so bracketing work is not wasted, and the answer is read
 * from a smooth monotone curve rather than from one noisy point crossing the target.
 */
export async function searchRequiredSize(options) {
    const counts = new Map(options.known ?? []);
    const simulate = async (size, phase = 'bracket') => {
        if (!counts.has(size))
            counts.set(size, await options.evaluate(size, phase));
        const count = counts.get(size);
        return count.successes / count.trials;
    };
    const bracket = await bracketTarget(options, simulate, counts);
    if (bracket[1] !== null && bracket[1] > bracket[0] + 1)
        await refine(options, simulate, counts, bracket);
    return finish(options, counts, bracket);
}
function clampSize(options, size) {
    return Math.min(options.maxSize, Math.max(options.minSize, Math.round(size)));
}
async function bracketTarget(options, simulate, counts) {
    let size = clampSize(options, options.initialSize);
    if ((await simulate(size)) >= options.targetPower) {
        let high = size;
        while (high > options.minSize && counts.size < options.maxEvaluations) {
            const lower = clampSize(options, high / 2);
            if ((await simulate(lower)) < options.targetPower)
                return [lower, high];
            high = lower;
        }
        return [high, high];
    }
    while (size < options.maxSize && counts.size < options.maxEvaluations) {
        const higher = clampSize(options, size * 2);
        if ((await simulate(higher)) >= options.targetPower)
            return [size, higher];
        size = higher;
    }
    return [size, null];
}
async function refine(options, simulate, counts, bracket) {
    let [low, high] = bracket;
    while (high - low > 1 && counts.size < options.maxEvaluations) {
        const fitted = fittedSize(options, counts);
        let next = fitted === null ? NaN : Math.round(fitted);
        if (!(next > low && next < high) || counts.has(next))
            next = Math.round((low + high) / 2);
        if (counts.has(next))
            return;
        if ((await simulate(next, 'refine')) >= options.targetPower)
            high = next;
        else
            low = next;
    }
}
function fittedSize(options, counts) {
    const fit = tryFit(counts);
    if (fit === null)
        return null;
    const size = inversePrediction(fit, options.targetPower, options.confidence).size;
    return Number.isFinite(size) ? size : null;
}
function tryFit(counts) {
    if (counts.size < 2)
        return null;
    const observations = [...counts].map(([size, count]) => ({ x: Math.sqrt(size), ...count }));
    const fit = probitFit(observations);
    return fit.converged && fit.slope > 0 && Number.isFinite(fit.intercept) ? fit : null;
}
function finish(options, counts, bracket) {
    const points = [...counts]
        .sort(([a], [b]) => a - b)
        .map(([size, count]) => ({ size, power: count.successes / count.trials, ci: wilsonInterval(count.successes, count.trials, 1 - options.confidence), ...count }));
    const notes = [];
    if (bracket[1] === null)
        notes.push('TARGET_NOT_REACHED');
    else if (bracket[0] === bracket[1])
        notes.push('TARGET_MET_AT_MINIMUM');
    const fit = tryFit(counts);
    if (fit === null)
        notes.push('FIT_FAILED');
    const estimate = fit === null ? null : inversePrediction(fit, options.targetPower, options.confidence);
    const requiredSize = requiredFrom(options, estimate, bracket);
    return { points, fit, requiredSize, estimate, bracket, notes };
}
/** ⌈n*⌉ within [minSize, maxSize]; without a fit, the simulated size that first reached the target. */
function requiredFrom(options, estimate, bracket) {
    if (estimate !== null && Number.isFinite(estimate.size) && estimate.size <= options.maxSize) {
        return Math.max(options.minSize, Math.ceil(estimate.size * (1 - 1e-12)));
    }
    return bracket[1];
}
//# sourceMappingURL=searchRequiredSize.js.map