import { z } from 'zod';
import { coefficient, nonNegative, optional, positive, probability, required, withDefault } from './field.js';
import { SEGMENT_TYPES, type SegmentTypeName } from './segmentTypes.js';

/**
 * One block of the host's plan: a type (intro, trial_lesson, qa, poll, giveaway, testimonial,
 * pitch, flash_sale, break), a time window, and optional overrides of the type's default effects.
 * Pitches and flash sales are decision moments; flash sales carry a discount and optional stock;
 * giveaways hand out coupons. Formulas: docs/model.md § Host plan.
 */

export const EffectsOverrideSchema = z
  .strictObject({
    leaveMultiplier: optional(nonNegative(), 'How fast viewers use up their patience during this segment (1 neutral).', 'multiplier'),
    interaction: optional(
      z.strictObject({
        chat: optional(nonNegative(), 'Chat rate multiplier.', 'multiplier'),
        like: optional(nonNegative(), 'Like rate multiplier.', 'multiplier'),
        vote: optional(nonNegative(), 'Vote rate multiplier (votes happen only where this is above 0).', 'multiplier'),
        question: optional(nonNegative(), 'Question rate multiplier.', 'multiplier'),
      }),
      'Multipliers of the audience\'s interaction rates; missing ones keep the type\'s default.',
    ),
    interestGrowthPerMinute: optional(nonNegative(), 'Interest gained per minute watched.', 'log-odds per minute'),
    adEffect: optional(coefficient(), 'Log-odds added to the purchase odds during this segment (pitch: before charisma scaling).', 'log-odds'),
  })
  .describe('Overrides of the segment type\'s default effects (see the type table in docs/model.md).');

function common<T extends SegmentTypeName>(type: T) {
  const d = SEGMENT_TYPES[type];
  return {
    type: z.literal(type).describe(
      `Segment type. Defaults: leave ×${d.leaveMultiplier}, chat ×${d.interaction.chat}, like ×${d.interaction.like}, ` +
        `vote ×${d.interaction.vote}, question ×${d.interaction.question}, interest +${d.interestGrowthPerMinute}/min, ad effect ${d.adEffect}.`,
    ),
    startMinute: required(nonNegative(), 'Start of the segment.', 'minutes since the start'),
    endMinute: required(positive(), 'End of the segment (after its start, within the session).', 'minutes since the start'),
    title: optional(z.string(), 'What the host calls this part, for reports.'),
    effects: optional(EffectsOverrideSchema, 'Overrides of the type\'s default effects.'),
  };
}

const productRef = (text: string) => optional(z.string().min(1), text);

export const PlanSegmentSchema = z
  .discriminatedUnion('type', [
    z.strictObject(common('intro')),
    z.strictObject(common('trial_lesson')),
    z.strictObject(common('qa')),
    z.strictObject(common('poll')),
    z.strictObject({
      ...common('giveaway'),
      couponShare: withDefault(probability(), 0.3, 'Share of viewers present at the start who win a coupon.', 'fraction'),
      couponValue: withDefault(nonNegative(), 10, 'Amount a coupon takes off the price (never below 0).', 'currency'),
      couponAdEffect: withDefault(coefficient(), 0.3, 'Log-odds added to the purchase odds of a viewer holding an unused coupon.', 'log-odds'),
      couponProductId: productRef('Product the coupon is valid for. Leave out for any product.'),
    }),
    z.strictObject(common('testimonial')),
    z.strictObject({
      ...common('pitch'),
      productId: productRef('Product pitched. Leave out to let pitchPolicy choose for each viewer.'),
    }),
    z.strictObject({
      ...common('flash_sale'),
      productId: required(z.string().min(1), 'Product on sale.'),
      discountPercent: withDefault(z.number().min(0).max(100), 20, 'Discount off the price during the sale.', 'percent'),
      stock: optional(z.number().int().min(1), 'Units available at the sale price. Leave out for unlimited.', 'units'),
      countdownMinutes: withDefault(nonNegative(), 2, 'Length of the "last chance" countdown at the end of the sale.', 'minutes'),
      countdownBoost: withDefault(coefficient(), 0.3, 'Extra log-odds of buying during the countdown.', 'log-odds'),
      trafficLift: withDefault(
        nonNegative(),
        0,
        'Viewers who come for the sale: organic arrivals are this fraction higher while it runs (0.3 = 30% more). Assumption; 0 by default.',
        'fraction of the organic rate',
      ),
    }),
    z.strictObject(common('break')),
  ])
  .describe('One segment of the plan.');

export type PlanSegment = z.output<typeof PlanSegmentSchema>;
export type FlashSaleSegment = Extract<PlanSegment, { type: 'flash_sale' }>;
export type GiveawaySegment = Extract<PlanSegment, { type: 'giveaway' }>;
export type PitchSegment = Extract<PlanSegment, { type: 'pitch' }>;
