import { z } from 'zod';
import { nonNegative, probability, withDefault } from './field.js';
import { SCENARIO_LIMITS } from './scenarioLimits.js';

/**
 * The host: charisma keeps viewers watching and makes pitches land, expertise in a product's topic
 * raises interest in it, the interaction frequency (prompts to chat, vote, ask) raises engagement,
 * and followers come when notified. Formulas: docs/model.md § Host.
 */
export const HostSchema = z
  .strictObject({
    name: withDefault(z.string(), 'host', 'Host name, shown in reports.'),
    charisma: withDefault(probability(), 0.5, 'On-camera appeal (0–1, 0.5 is average).', 'score 0–1'),
    expertise: withDefault(
      z.record(z.string().min(1), probability()),
      {},
      'Expertise per topic (0–1), e.g. {"python": 0.9}; a product gets the best score among its topics. Missing topics score 0.',
      'score 0–1 per topic',
    ),
    promptsPerMinute: withDefault(nonNegative(), 1, 'How often the host prompts viewers to interact (interaction frequency).', 'prompts per minute'),
    followers: withDefault(z.number().int().min(0).max(SCENARIO_LIMITS.followers), 10000, `Followers who get the "going live" notification (at most ${SCENARIO_LIMITS.followers}).`, 'people'),
    charismaHold: withDefault(
      nonNegative(),
      0.5,
      'How much charisma slows leaving: patience is used up e^(−charismaHold · (charisma − 0.5)) times as fast.',
      'per charisma point',
    ),
    promptElasticity: withDefault(
      nonNegative(),
      0.5,
      'Interaction rates are multiplied by ((1 + promptsPerMinute) / 2)^promptElasticity (1 at one prompt per minute).',
    ),
  })
  .describe('Host profile.');

export type Host = z.output<typeof HostSchema>;
