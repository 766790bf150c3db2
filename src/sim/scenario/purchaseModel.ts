import { z } from 'zod';
import { block, coefficient, nonNegative, withDefault } from './field.js';

/**
 * Purchase probability P = p(D, I, B, A), a logistic function of interest, ad effect, price,
 * trust, and room state. With `timing: "hazard"` (the default) buying is a process in time: while
 * an offer is in front of a viewer (link noticed, pitch, flash sale, countdown) they weigh it at
 * the `considerations` rates and buy at a weighing with probability σ(η) if the price paid is
 * within their willingness to pay. With `timing: "moments"` decisions happen only at the decision
 * moments of `triggers` (the reference workload). Formulas: docs/model.md § Purchase decision.
 */
export const TriggersSchema = z
  .strictObject({
    linkLive: withDefault(z.boolean(), true, 'Every viewer present decides once when the link goes live (is pinned).'),
    notice: withDefault(
      z.boolean(),
      true,
      'A viewer who arrives while the link is live notices it after an exponential delay (link.noticePerMinute) and decides then.',
    ),
    pitchStart: withDefault(z.boolean(), true, 'Every viewer present decides when a pitch starts.'),
    offerStart: withDefault(z.boolean(), true, 'Every viewer present decides when a flash sale starts.'),
    arrivalDuringOffer: withDefault(z.boolean(), true, 'A viewer arriving during a flash sale decides on arrival.'),
  })
  .describe('Decision moments: when viewers see the link or an offer and decide whether to buy.');

/** How often a viewer with an offer in front of them weighs buying it (timing "hazard"). */
export const ConsiderationsSchema = z
  .strictObject({
    linkPerMinute: withDefault(
      nonNegative(),
      0.1,
      'While the link is live and the viewer has noticed it (link.noticePerMinute): weighings per minute. Assumption, not measured.',
      'per viewer per minute',
    ),
    pitchPerMinute: withDefault(nonNegative(), 0.3, 'Added while a pitch runs, for everyone present. Assumption, not measured.', 'per viewer per minute'),
    offerPerMinute: withDefault(nonNegative(), 0.5, 'Added while a flash sale runs, for everyone present. Assumption, not measured.', 'per viewer per minute'),
    countdownPerMinute: withDefault(
      nonNegative(),
      1,
      'Added during a flash sale\'s countdown (the last call): the rush before the offer ends. Assumption, not measured.',
      'per viewer per minute',
    ),
  })
  .describe('Rates at which viewers weigh an offer in front of them (purchase.timing "hazard"); they add up.');

export const PurchaseModelSchema = z
  .strictObject({
    timing: withDefault(
      z.enum(['hazard', 'moments']),
      'hazard',
      '"hazard": buying is a process in time over the time an offer is in front of the viewer (considerations), gated by willingness to pay, ' +
        'so cutting a segment into pieces changes nothing. "moments": every viewer present decides once at each decision moment of `triggers` ' +
        '(the reference workload of ../shared/bench/REFERENCE-MODEL.md).',
    ),
    considerationMinutes: withDefault(
      nonNegative(),
      3,
      'Timing "hazard": time constant with which a segment\'s ad effect (a pitch\'s persuasion) builds up in a viewer and fades after it ends; 0: at once. Assumption.',
      'minutes',
    ),
    considerations: block(ConsiderationsSchema, 'Timing "hazard": how often viewers weigh an offer in front of them.'),
    baseline: withDefault(coefficient(), -4.5, 'Intercept of the purchase log-odds (−4.5 with nothing else: about 1 in 90 decisions buys).', 'log-odds'),
    interest: withDefault(coefficient(), 1.5, 'Log-odds per unit of interest I (0–1).', 'log-odds'),
    priceVsWillingness: withDefault(
      coefficient(),
      -2.5,
      'Timing "moments" only: log-odds per unit of ln(price paid / willingness to pay), times the segment\'s priceSensitivity. ' +
        'Below −1 a revenue-maximising price exists. With timing "hazard" the willingness to pay is a reservation price instead: a viewer never pays more.',
      'log-odds per log-ratio',
    ),
    listPriceAnchor: withDefault(coefficient(), 0.3, 'Log-odds per unit of ln(list price / price paid) (a crossed-out price).', 'log-odds per log-ratio'),
    trust: withDefault(coefficient(), 1, 'Log-odds per unit of (trust in host − 0.5).', 'log-odds'),
    socialProof: withDefault(coefficient(), 0.08, 'Log-odds per unit of ln(1 + purchases in the social-proof window). 0 switches social proof off.', 'log-odds'),
    socialProofWindowMinutes: withDefault(z.number().int().min(1).max(60), 5, 'Window of recent purchases that viewers see ("N people just bought").', 'minutes'),
    crowd: withDefault(coefficient(), 0.05, 'Log-odds per unit of ln(1 + concurrent viewers / 1000).', 'log-odds'),
    chatBuzz: withDefault(coefficient(), 0.2, 'Log-odds per chat message per viewer in the last full minute.', 'log-odds'),
    clickLift: withDefault(
      z.number().min(0).finite(),
      1.5,
      'The click log-odds exceed the purchase log-odds by this much: some who open the product card do not buy.',
      'log-odds',
    ),
    leaveAfterPurchase: withDefault(z.boolean(), false, 'Whether a buyer leaves the room right after buying.'),
    triggers: block(TriggersSchema, 'Decision moments (timing "moments" only).'),
  })
  .describe('Coefficients of the purchase decision P = p(D, I, B, A).');

export type PurchaseModel = z.output<typeof PurchaseModelSchema>;
export type Triggers = z.output<typeof TriggersSchema>;
export type Considerations = z.output<typeof ConsiderationsSchema>;
