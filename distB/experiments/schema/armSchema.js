import { z } from 'zod';
import { nonNegative, optional, positive, required, withDefault } from '../../sim/scenario/field.js';
/** Names of arms, factor levels and factors: letters, digits, `_ . -` (safe in files and CSV). */
export const ARM_NAME = z.string().min(1).max(60).regex(/^[A-Za-z0-9_.-]+$/, 'use letters, digits, _ . - only');
/** A coupon handed to every viewer of an arm on arrival (an experiment-level treatment). */
export const ArmCouponSchema = z
    .strictObject({
    value: required(nonNegative(), 'Amount the coupon takes off the price (never below 0).', 'currency'),
    adEffect: withDefault(z.number().finite(), 0.3, 'Log-odds added to the purchase odds of a viewer holding the unused coupon.', 'log-odds'),
})
    .describe('A coupon pushed to each viewer of this arm when they enter (valid for any product, used by the first purchase).');
/**
 * What an arm (or a factor level) changes: `overrides` deep-merged into the base scenario
 * (objects merge field by field; arrays and values replace), then `set` assignments by path
 * (`plan[3].startMinute`), then an optional arrival coupon.
 */
export const armChangeFields = {
    overrides: withDefault(z.record(z.string(), z.unknown()), {}, 'Changes deep-merged into the base scenario, e.g. {"link": {"placement": "popup_on_pitch"}}. Objects merge field by field; arrays replace whole.'),
    set: withDefault(z.record(z.string().min(1), z.unknown()), {}, 'Single values set by path after the merge, e.g. {"plan[2].startMinute": 40, "products[0].price": 149}; handy inside arrays.'),
    coupon: optional(ArmCouponSchema, 'A coupon for every viewer of this arm on arrival. Leave out for none.'),
};
export const ArmSchema = z
    .strictObject({
    name: required(ARM_NAME, 'Arm name, shown in results (letters, digits, _ . -).'),
    description: withDefault(z.string(), '', 'What this arm does, in plain words.'),
    weight: withDefault(positive(), 1, 'Traffic weight: share of viewers (viewer unit), sessions (session unit) or time blocks (switchback) is weight / sum of weights.'),
    ...armChangeFields,
})
    .describe('One arm: a name, a traffic weight and its changes to the base scenario.');
export const FactorLevelSchema = z
    .strictObject({
    name: required(ARM_NAME, 'Level name (letters, digits, _ . -).'),
    ...armChangeFields,
})
    .describe('One level of a factor and its changes to the base scenario. The first level of each factor is its baseline.');
export const FactorSchema = z
    .strictObject({
    name: required(ARM_NAME, 'Factor name, e.g. "price" or "host".'),
    levels: required(z.array(FactorLevelSchema).min(2), 'Levels of the factor (at least 2); the first is the baseline.'),
})
    .describe('One factor of a factorial design.');
//# sourceMappingURL=armSchema.js.map