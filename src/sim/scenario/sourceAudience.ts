import { z } from 'zod';
import { block, coefficient, labelWeights, nonNegative, positive, probability, withDefault } from './field.js';

/**
 * Who each traffic source brings (issue 12 part 4; docs/model.md § Traffic, "Each source its own
 * people"). A source can reweight the segment mix, shift trust in the host (which enters the
 * purchase odds as purchase.trust · (trust − 0.5)) and stretch or shorten patience. The defaults
 * are assumptions, tabled with their reasoning in docs/model.md: followers chose the host (warmer,
 * stay longer), paid promotion reaches people who did not (colder, bounce sooner), a referred
 * friend comes on a recommendation. `livelift fit` estimates all three per source from a
 * per-viewer export with a source column (docs/fit.md § Traffic sources).
 */
export interface SourceAudienceDefaults {
  trustShift: number;
  patienceMultiplier: number;
}

export const SOURCE_AUDIENCE_DEFAULTS = {
  organic: { trustShift: 0, patienceMultiplier: 1 },
  followers: { trustShift: 0.4, patienceMultiplier: 2.5 },
  promotion: { trustShift: -0.2, patienceMultiplier: 0.7 },
  referral: { trustShift: 0.15, patienceMultiplier: 1.2 },
} as const satisfies Record<string, SourceAudienceDefaults>;

export function sourceAudienceSchema(defaults: SourceAudienceDefaults, who: string) {
  return z
    .strictObject({
      segmentShares: withDefault(
        labelWeights(),
        {},
        `Relative weights of audience segments (by segment id) among ${who}; a segment left out gets 0. Empty: the audience shares.`,
      ),
      trustShift: withDefault(
        coefficient().min(-1).max(1),
        defaults.trustShift,
        `Added to the trust in the host of ${who} (their segment's trustInHost + this enters the purchase odds through purchase.trust). The default is an assumption (docs/model.md § Traffic).`,
      ),
      patienceMultiplier: withDefault(positive().max(100), defaults.patienceMultiplier, `Patience (neutral watch time) of ${who} is multiplied by this. The default is an assumption (docs/model.md § Traffic).`, 'factor'),
    })
    .describe(`Who ${who} are.`);
}

export const SourceAudiencesSchema = z
  .strictObject({
    organic: block(sourceAudienceSchema(SOURCE_AUDIENCE_DEFAULTS.organic, 'organic (platform-recommended) viewers'), 'Organic viewers.'),
    followers: block(sourceAudienceSchema(SOURCE_AUDIENCE_DEFAULTS.followers, 'notified followers'), 'Notified followers.'),
    promotion: block(sourceAudienceSchema(SOURCE_AUDIENCE_DEFAULTS.promotion, 'paid-promotion viewers'), 'Paid-promotion viewers.'),
    referral: block(sourceAudienceSchema(SOURCE_AUDIENCE_DEFAULTS.referral, 'referred friends'), 'Referred friends.'),
  })
  .describe('Each traffic source\'s own people: segment mix, trust shift and patience.');

/**
 * The platform's recommendation ("traffic pool"): organic arrivals are multiplied by
 * clamp((E / referencePerViewerMinute)^elasticity, floor, cap), where E is the room's engagement per
 * viewer-minute over `windowMinutes` ending `lagMinutes` before now: (interactions + purchaseWeight ·
 * orders) / viewer-minutes. Before there is a full window the multiplier is 1.
 */
export const RecommendationSchema = z
  .strictObject({
    enabled: withDefault(
      z.boolean(),
      true,
      'Whether organic (recommended) traffic responds to the room\'s engagement and sales. Its coefficients are assumptions (docs/model.md § Traffic); livelift fit estimates the elasticity.',
    ),
    referencePerViewerMinute: withDefault(
      positive(),
      0.45,
      'Engagement per viewer-minute at which the platform recommends the room at its base rate (interactions plus weighted orders).',
      'per viewer per minute',
    ),
    purchaseWeight: withDefault(nonNegative(), 20, 'How many interactions one order counts for in the engagement score.'),
    elasticity: withDefault(nonNegative().max(5), 0.5, 'Exponent of the engagement ratio: 0 switches the response off, 1 makes it proportional.'),
    lagMinutes: withDefault(z.number().int().min(1).max(30), 2, 'How many whole minutes the platform lags behind the room.', 'minutes'),
    windowMinutes: withDefault(z.number().int().min(1).max(30), 3, 'How many whole minutes of engagement the platform looks at.', 'minutes'),
    floor: withDefault(probability(), 0.5, 'Lowest multiplier of the organic rate.', 'factor'),
    cap: withDefault(z.number().min(1).max(10), 2, 'Highest multiplier of the organic rate.', 'factor'),
  })
  .describe('Platform recommendation (the traffic pool): organic arrivals follow the room\'s recent engagement and sales, with a lag and a cap.');

export type SourceAudiences = z.output<typeof SourceAudiencesSchema>;
export type Recommendation = z.output<typeof RecommendationSchema>;
