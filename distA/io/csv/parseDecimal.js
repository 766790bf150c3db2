/**
 * Parse a number straight from the bytes of a CSV field, without making a string.
 *
 * Fast path (Clinger 1990, "How to read floating point numbers accurately"): an optional sign,
 * at most 15 digits and at most one decimal point. The digits form an integer m < 10^15 < 2^53
 * and the point a power 10^k with k ≤ 15; both are exact doubles, so the single IEEE division
 * m / 10^k is correctly rounded and equals `Number(text)` bit for bit.
 *
 * Everything else (exponents, more digits, surrounding spaces, booleans, missing markers) goes
 * to {@link parseDecimalText}, which validates the text against a strict decimal grammar first,
 * because `Number()` alone accepts too much (`''` is 0, `'0x1f'` is 31, `'Infinity'`).
 *
 * Cost: O(field length), no allocation on the fast path.
 *
 * @example parseDecimal(Buffer.from('-12.50'), 0, 6) // → -12.5
 * @example parseDecimal(Buffer.from('1e3'), 0, 3)    // → 1000 (slow path)
 * @returns the value, or NaN when the bytes are not a finite decimal number.
 */
export function parseDecimal(buf, start, end) {
    const value = parseDecimalFast(buf, start, end);
    if (value === value)
        return value;
    return parseDecimalText(latin1(buf, start, end));
}
const POWERS_OF_TEN = Array.from({ length: 16 }, (_, k) => 10 ** k);
const MAX_FAST_DIGITS = 15;
/** The fast path alone: NaN when the field is not a short plain decimal (the caller falls back). */
export function parseDecimalFast(buf, start, end) {
    let i = start;
    let negative = false;
    if (i < end && (buf[i] === 45 || buf[i] === 43)) {
        negative = buf[i] === 45;
        i++;
    }
    let mantissa = 0;
    let digits = 0;
    let fractionDigits = -1;
    for (; i < end; i++) {
        const c = buf[i];
        if (c >= 48 && c <= 57) {
            mantissa = mantissa * 10 + (c - 48);
            digits++;
        }
        else if (c === 46 && fractionDigits < 0) {
            fractionDigits = digits;
        }
        else {
            return NaN;
        }
    }
    if (digits === 0 || digits > MAX_FAST_DIGITS)
        return NaN;
    const scale = fractionDigits < 0 ? 0 : digits - fractionDigits;
    const value = scale === 0 ? mantissa : mantissa / POWERS_OF_TEN[scale];
    return negative ? -value : value;
}
/** Strict decimal grammar: sign, digits with an optional point, optional exponent. */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
/**
 * Parse the text of a field as a finite decimal number, ignoring surrounding spaces and tabs.
 * @returns the value, or NaN when the text is not a finite decimal number.
 */
export function parseDecimalText(text) {
    const trimmed = text.trim();
    if (!DECIMAL.test(trimmed))
        return NaN;
    const value = Number(trimmed);
    return Number.isFinite(value) ? value : NaN;
}
function latin1(buf, start, end) {
    let text = '';
    for (let i = start; i < end; i++)
        text += String.fromCharCode(buf[i]);
    return text;
}
//# sourceMappingURL=parseDecimal.js.map