import { z } from 'zod';
import { block, nonNegative, positive, required, withDefault } from './field.js';

/**
 * Sessions that differ (docs/model.md § Sessions that differ): each simulated session (replicate)
 * draws its own traffic level and audience warmth, so replicates spread like real sessions of one
 * plan, not only by the Monte-Carlo draws of one fixed world. Defaults are assumptions.
 */
export const VariationSchema = z
  .strictObject({
    enabled: withDefault(z.boolean(), true, 'Whether sessions differ from one another (false: every replicate is the same world; the reference workload).'),
    trafficSd: withDefault(
      nonNegative().max(2),
      0.25,
      'Spread of a session\'s traffic level: every source\'s arrivals (organic, followers, promotion) are multiplied by e^(σZ − σ²/2), mean 1 ' +
        '(0.25: 95% of sessions between about 0.6× and 1.6×). Assumption, not measured.',
      'log scale (σ)',
    ),
    warmthSd: withDefault(
      nonNegative().max(2),
      0.2,
      'Spread of a session\'s audience warmth: a shift σZ added to every purchase log-odds of the session. Assumption, not measured.',
      'log-odds (σ)',
    ),
  })
  .describe('Session-level random effects: how sessions of the same plan differ.');

/** The session as a whole: its length. All plan times are minutes since its start. */
export const SessionSchema = z
  .strictObject({
    durationMinutes: required(positive().max(24 * 60), 'Length of the live session (at most 24 hours).', 'minutes'),
    variation: block(VariationSchema, 'How sessions of this plan differ from one another.'),
  })
  .describe('The session as a whole.');

export type Session = z.output<typeof SessionSchema>;
