/**
 * Root of an increasing function f on [low, high] by bisection, to a relative width of 1e-13.
 * Bisection is slow but cannot fail on a bracketed monotone function; power curves are cheap.
 */
export function bisectIncreasing(f, target, low, high) {
    let lo = low;
    let hi = high;
    for (let i = 0; i < 400 && hi - lo > 1e-13 * Math.max(Math.abs(lo), Math.abs(hi), 1e-300); i++) {
        const middle = lo + (hi - lo) / 2;
        if (f(middle) < target)
            lo = middle;
        else
            hi = middle;
    }
    return lo + (hi - lo) / 2;
}
//# sourceMappingURL=bisect.js.map