import { z } from 'zod';
/**
 * Field helpers so that every scenario field carries one description that states its meaning,
 * its unit and its default, written once: the default in the text is the default zod applies, so
 * the JSON Schema an editor shows can never disagree with the simulator.
 */
/** A field with a default: `.default(value)` and a description ending in "Unit: …. Default: …". */
export function withDefault(schema, value, text, unit) {
    return schema.default(value).describe(describeText(text, unit, value));
}
/** An optional field (no default): the text says what leaving it out means. */
export function optional(schema, text, unit) {
    return schema.optional().describe(describeText(text, unit));
}
/** A required field. */
export function required(schema, text, unit) {
    return schema.describe(describeText(text, unit));
}
/** A nested block whose fields all have defaults: `{}` is filled in by the block's own schema. */
export function block(schema, text) {
    return schema.prefault({}).describe(`${text} Every field has a default; leave the block out to use them all.`);
}
function describeText(text, unit, value) {
    const parts = [text];
    if (unit !== undefined)
        parts.push(`Unit: ${unit}.`);
    if (value !== undefined)
        parts.push(`Default: ${JSON.stringify(value)}.`);
    return parts.join(' ');
}
/** A probability in [0, 1]. */
export const probability = () => z.number().min(0).max(1);
/** A finite number ≥ 0 (rates, durations, amounts of money). */
export const nonNegative = () => z.number().min(0).finite();
/** A finite number > 0. */
export const positive = () => z.number().positive().finite();
/** A logistic-regression coefficient (any finite real, on the log-odds scale). */
export const coefficient = () => z.number().finite();
/** Weights over labels, e.g. `{ "18-24": 0.3, "25-34": 0.7 }`; normalised by the simulator. */
export const labelWeights = () => z.record(z.string().min(1), nonNegative());
//# sourceMappingURL=field.js.map