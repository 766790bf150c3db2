import { warning } from './warnings.js';
/**
 * Data conditions that make a comparison uninformative: an empty arm, an arm with fewer than
 * two units, a ratio whose denominator sums to zero (or to a mean that underflows to zero).
 * Returns the warnings; an empty list means
 * the comparison can go ahead. Impossible statistics (negative n, conversions above n, a ratio
 * without denominator sums) are programmer errors and throw.
 */
export function armChecks(control, treatment, kind) {
    const warnings = [];
    for (const [name, arm] of [['control', control], ['treatment', treatment]]) {
        validate(arm, kind, name);
        if (arm.n === 0)
            warnings.push(warning('EMPTY_ARM', name));
        else if (arm.n < 2)
            warnings.push(warning('TOO_FEW_UNITS', `${name} has n = ${arm.n}`));
        else if (kind === 'ratio' && arm.denominator.sum / arm.n === 0)
            warnings.push(warning('ZERO_DENOMINATOR', name));
    }
    return warnings;
}
function validate(arm, kind, name) {
    if (!(Number.isInteger(arm.n) && arm.n >= 0))
        throw new RangeError(`${name}: n = ${arm.n} is not a count`);
    if (![arm.sum, arm.sumSquares].every(Number.isFinite))
        throw new RangeError(`${name}: sums must be finite`);
    if (kind === 'proportion' && !(arm.sum >= 0 && arm.sum <= arm.n)) {
        throw new RangeError(`${name}: ${arm.sum} conversions out of ${arm.n} units`);
    }
    if (kind === 'ratio' && !arm.denominator)
        throw new Error(`${name}: a ratio metric needs denominator sums`);
}
//# sourceMappingURL=armChecks.js.map