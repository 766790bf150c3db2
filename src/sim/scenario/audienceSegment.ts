import { z } from 'zod';
import { block, labelWeights, nonNegative, optional, positive, probability, required, withDefault } from './field.js';

/**
 * The audience (U of the domain model): viewers come in segments, each with a share of arrivals,
 * descriptive attributes, a base interest distribution, a willingness to pay, an engagement style,
 * a watch-time distribution and a level of trust in the host. Formulas: docs/model.md § Audience.
 */

export const WatchTimeSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('exponential').describe('Memoryless stay: the chance of leaving is the same every minute.'),
      meanMinutes: required(positive(), 'Mean watch time when nothing in the plan speeds up or slows down leaving.', 'minutes'),
    }),
    z.strictObject({
      kind: z.literal('lognormal').describe('Skewed stay: most leave soon, a few stay very long.'),
      medianMinutes: required(positive(), 'Median watch time.', 'minutes'),
      sigma: required(positive(), 'Standard deviation of the log of the watch time.', 'log-minutes'),
    }),
    z.strictObject({
      kind: z.literal('gamma').describe('Gamma stay: shape > 1 means few leave in the first minutes.'),
      meanMinutes: required(positive(), 'Mean watch time.', 'minutes'),
      shape: required(positive(), 'Gamma shape; 1 is exponential, larger is more regular.'),
    }),
  ])
  .describe(
    'Base watch-time distribution ("patience"): how long a viewer would stay under neutral conditions. ' +
      'Plan segments, link annoyance and host charisma speed up or slow down how fast it is used up.',
  );

export const BounceSchema = z
  .strictObject({
    share: withDefault(
      probability(),
      0.3,
      'Share of arriving viewers who swipe away at once (patience ~ Exponential(meanSeconds) instead of the watch-time distribution). 0.3 is an assumption (docs/model.md § Audience); livelift fit estimates it when it is above 0, and 0 switches the bounce mass off.',
      'fraction',
    ),
    meanSeconds: withDefault(positive(), 10, 'Mean patience of a bouncing viewer.', 'seconds'),
  })
  .describe('The fast-bounce mass of feed traffic: a share of arrivals leaves within seconds.');

export const EngagementSchema = z
  .strictObject({
    chatsPerMinute: withDefault(nonNegative(), 0.08, 'Chat messages per viewer per minute in neutral content (0.04–0.15 is moderate to very active, docs/model.md § Behaviour).', 'per viewer per minute'),
    likesPerMinute: withDefault(nonNegative(), 0.2, 'Likes (hearts) per viewer per minute in neutral content.', 'per viewer per minute'),
    votesPerMinute: withDefault(nonNegative(), 0.5, 'Poll votes per viewer per minute while a poll runs (no votes outside polls).', 'per viewer per minute'),
    questionsPerMinute: withDefault(nonNegative(), 0.01, 'Questions per viewer per minute in neutral content (three times more in Q&A).', 'per viewer per minute'),
    propensityDispersion: withDefault(
      nonNegative(),
      0.5,
      'Spread of engagement between viewers: each viewer multiplies the rates above by a Gamma draw of mean 1 ' +
        'and variance equal to this value; 0 makes every viewer equally chatty.',
    ),
  })
  .describe('How much viewers of this segment interact (chat, like, vote, ask). Each act is an event.');

export const WillingnessToPaySchema = z
  .strictObject({
    medianByKind: block(
      z
        .strictObject({
          course: withDefault(positive(), 200, 'Median price a viewer of this segment finds acceptable for a course.', 'currency'),
          ebook: withDefault(positive(), 40, 'Median acceptable price for an e-book.', 'currency'),
          column: withDefault(positive(), 100, 'Median acceptable price for a paid column.', 'currency'),
          membership: withDefault(positive(), 600, 'Median acceptable price for a membership.', 'currency'),
        })
        .describe('Median willingness to pay per kind of product.'),
      'Median willingness to pay per kind of product.',
    ),
    sigma: withDefault(
      nonNegative(),
      0.6,
      'Standard deviation of the log of willingness to pay across viewers (0: everyone the same). One draw per viewer scales all kinds, so a generous viewer is generous for every product.',
      'log-currency',
    ),
  })
  .describe('Willingness to pay, lognormal across viewers: WTP(viewer, product) = medianByKind[kind] · e^(sigma·Z), Z ~ Normal(0, 1) per viewer.');

export const AttributesSchema = z
  .strictObject({
    ageBands: withDefault(labelWeights(), {}, 'Relative weights of age bands, e.g. {"18-24": 3, "25-34": 5}. Empty: not modelled.'),
    genders: withDefault(labelWeights(), {}, 'Relative weights of genders. Empty: not modelled.'),
    regions: withDefault(labelWeights(), {}, 'Relative weights of regions or city tiers. Empty: not modelled.'),
  })
  .describe('Descriptive attributes drawn per viewer (exported per viewer; they do not change behaviour).');

export const AudienceSegmentSchema = z
  .strictObject({
    id: required(z.string().min(1).regex(/^[A-Za-z0-9_.-]+$/), 'Identifier used in breakdowns and exports (letters, digits, _ . -).'),
    label: optional(z.string(), 'Human-readable name. Leave out to use the id.'),
    share: required(probability(), 'Share of arriving viewers in this segment; shares of all segments sum to 1.', 'fraction'),
    attributes: block(AttributesSchema, 'Descriptive attributes.'),
    interestTags: withDefault(
      labelWeights(),
      {},
      'Topics this segment cares about with relative weights; each viewer draws one primary topic. ' +
        'A product tagged with the viewer\'s topic raises interest (interest.topicAffinity). Empty: no topic.',
    ),
    baseInterest: block(
      z
        .strictObject({
          alpha: withDefault(positive(), 2, 'Beta distribution parameter α of the interest a viewer arrives with.'),
          beta: withDefault(positive(), 5, 'Beta distribution parameter β (mean interest = α / (α + β)).'),
        })
        .describe('Interest on arrival, I₀ ~ Beta(α, β), on a 0–1 scale.'),
      'Interest a viewer brings into the room.',
    ),
    willingnessToPay: block(WillingnessToPaySchema, 'Willingness to pay.'),
    priceSensitivity: withDefault(
      nonNegative(),
      1,
      'Multiplier of purchase.priceVsWillingness for this segment (0: price does not matter to them).',
    ),
    engagement: block(EngagementSchema, 'Engagement propensity.'),
    watchTime: withDefault(WatchTimeSchema, { kind: 'exponential', meanMinutes: 8 }, 'Watch-time distribution.'),
    bounce: block(BounceSchema, 'Fast bounce of feed traffic.'),
    trustInHost: withDefault(
      probability(),
      0.5,
      'Trust in the host (0–1); enters the purchase odds through purchase.trust as (trust − 0.5).',
    ),
  })
  .describe('One audience segment.');

export type AudienceSegment = z.output<typeof AudienceSegmentSchema>;
export type WatchTime = z.output<typeof WatchTimeSchema>;
