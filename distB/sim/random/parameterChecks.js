/**
 * Guards for sampler parameters. A bad parameter is a programmer error (user input is validated
 * by the scenario schema long before it reaches a sampler), so these throw `RangeError`.
 */
/** Throw unless `value` is a finite number. */
export function requireFinite(sampler, parameter, value) {
    if (!Number.isFinite(value)) {
        throw new RangeError(`${sampler}: ${parameter} must be a finite number, got ${value}`);
    }
}
/** Throw unless `value` is finite and > 0. */
export function requirePositive(sampler, parameter, value) {
    if (!(Number.isFinite(value) && value > 0)) {
        throw new RangeError(`${sampler}: ${parameter} must be a finite number > 0, got ${value}`);
    }
}
/** Throw unless `value` is finite and ≥ 0. */
export function requireNonNegative(sampler, parameter, value) {
    if (!(Number.isFinite(value) && value >= 0)) {
        throw new RangeError(`${sampler}: ${parameter} must be a finite number ≥ 0, got ${value}`);
    }
}
/** Throw unless `rng` is a function (catches a forgotten or misplaced generator argument). */
export function requireRng(sampler, rng) {
    if (typeof rng !== 'function') {
        throw new TypeError(`${sampler}: the first argument must be an Rng (() => number), got ${typeof rng}`);
    }
}
//# sourceMappingURL=parameterChecks.js.map