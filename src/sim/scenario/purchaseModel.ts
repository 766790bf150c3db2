import { z } from 'zod';
import { block, coefficient, withDefault } from './field.js';

/**
 * Purchase probability P = p(D, I, B, A), a logistic function of interest, ad effect, price
 * relative to willingness to pay, trust, and room state. Decisions happen only at explicit
 * decision moments (triggers). Formulas: docs/model.md § Purchase decision.
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

export const PurchaseModelSchema = z
  .strictObject({
    baseline: withDefault(coefficient(), -4.5, 'Intercept of the purchase log-odds (−4.5 with nothing else: about 1 in 90 decisions buys).', 'log-odds'),
    interest: withDefault(coefficient(), 1.5, 'Log-odds per unit of interest I (0–1).', 'log-odds'),
    priceVsWillingness: withDefault(
      coefficient(),
      -2.5,
      'Log-odds per unit of ln(price paid / willingness to pay), times the segment\'s priceSensitivity. ' +
        'Below −1 a revenue-maximising price exists.',
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
    triggers: block(TriggersSchema, 'Decision moments.'),
  })
  .describe('Coefficients of the purchase decision P = p(D, I, B, A).');

export type PurchaseModel = z.output<typeof PurchaseModelSchema>;
export type Triggers = z.output<typeof TriggersSchema>;
