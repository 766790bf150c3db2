import { z } from 'zod';
import { withDefault } from './field.js';

/**
 * Retention: buyers and engaged viewers follow the host, and followers come back to later
 * sessions. One session reports new followers and the expected returning viewers; multi-session
 * seasons use the same numbers. Formulas: docs/model.md § Retention.
 */
export const RetentionSchema = z
  .strictObject({
    followIfBought: withDefault(z.number().min(0).max(1), 0.6, 'Chance that a buyer follows the host.', 'fraction'),
    followIfEngaged: withDefault(z.number().min(0).max(1), 0.05, 'Chance that an engaged viewer who did not buy follows.', 'fraction'),
    followIfPassive: withDefault(z.number().min(0).max(1), 0.005, 'Chance that any other viewer follows.', 'fraction'),
    returnProbability: withDefault(z.number().min(0).max(1), 0.3, 'Chance that a new follower comes back to a later session.', 'fraction'),
  })
  .describe('Retention: who follows the host and comes back (multi-session runs use this).');

export type Retention = z.output<typeof RetentionSchema>;
