import { z } from 'zod';
import { block, optional, required, withDefault } from '../../sim/scenario/field.js';
import { SeasonSettingsSchema } from '../season/seasonSettings.js';
import { ARM_NAME, ArmSchema, FactorSchema } from './armSchema.js';
import { ObjectiveSchema } from './objectiveSchema.js';

/** Largest number of arms a design may expand to (the model keeps a viewer's arm in one byte). */
export const MAX_ARMS = 64;

const arms = (text: string) => required(z.array(ArmSchema).min(2).max(MAX_ARMS), text);

export const AbDesignSchema = z
  .strictObject({
    kind: z.literal('ab').describe('A/B or A/B/n: two or more arms compared with a control arm.'),
    control: z.optional(ARM_NAME).describe('Name of the control arm. Leave out to use the first arm.'),
    arms: arms(`Arms (2 to ${MAX_ARMS}); each non-control arm is compared with the control.`),
  })
  .describe('A/B or A/B/n design.');

export const FactorialDesignSchema = z
  .strictObject({
    kind: z.literal('factorial').describe('Full factorial: every combination of factor levels is an arm, with equal weights.'),
    factors: required(
      z.array(FactorSchema).min(1).max(6),
      'Factors (1 to 6); arms are all combinations of levels, the control is the combination of first levels. ' +
        'Results add main effects (each level against its factor\'s baseline, pooled over the other factors) and two-factor interactions.',
    ),
  })
  .describe('Full factorial design, e.g. host × price × link placement.');

const SweepValue = z.union([z.number(), z.string(), z.boolean()]).describe('One value of the swept parameter.');

export const SweepDesignSchema = z
  .strictObject({
    kind: z.literal('sweep').describe('Parameter sweep: one arm per value, simulated with common random numbers; gives the revenue and profit curves and the optimal value.'),
    parameter: required(z.string().min(1), 'Path of the scenario field to sweep, e.g. "products[0].price" or "plan[4].discountPercent".'),
    values: required(z.array(SweepValue).min(2).max(MAX_ARMS), `Values to try (2 to ${MAX_ARMS}), e.g. [79, 99, 129, 149].`),
    objective: optional(ObjectiveSchema, 'What the optimal value maximises: revenue or profit per session. Leave out for profit when the scenario has a costs block, else revenue.'),
  })
  .describe('Parameter sweep.');

/** Normal-Inverse-Gamma prior of an arm's revenue per session (see bandit/normalInverseGamma.ts). */
export const BanditPriorSchema = z
  .strictObject({
    mean: withDefault(z.number().finite(), 0, 'Prior mean of an arm\'s revenue per session (m₀).', 'currency per session'),
    strength: withDefault(
      z.number().min(0).max(1e6),
      0,
      'How many sessions the prior mean is worth (κ₀). 0, with shape −0.5 and rate 0, is the reference prior p(μ, σ²) ∝ 1/σ², which says nothing about revenue levels.',
      'sessions',
    ),
    shape: withDefault(z.number().min(-0.5).max(1e6), -0.5, 'Inverse-gamma shape of the session-to-session variance of revenue (α₀).'),
    rate: withDefault(z.number().min(0).finite(), 0, 'Inverse-gamma rate of the session-to-session variance of revenue (β₀); α₀ > 0 and β₀ > 0 with κ₀ > 0 make the prior proper.', 'currency² per session'),
  })
  .describe(
    'Prior of every arm\'s revenue per session: σ² ~ InvGamma(shape, rate), μ | σ² ~ Normal(mean, σ²/strength). An arm samples from its posterior once that is proper; until then arms run in rotation.',
  );

export const BanditDesignSchema = z
  .strictObject({
    kind: z.literal('bandit').describe('Thompson-sampling bandit allocating the sessions of a season among arms (run by the bandit runner).'),
    arms: arms(`Arms (2 to ${MAX_ARMS}), e.g. three hosts.`),
    sessionsPerSeason: withDefault(z.number().int().min(2).max(10000), 30, 'Sessions in one season; the bandit chooses the arm of each.', 'sessions'),
    burnInSessionsPerArm: withDefault(
      z.number().int().min(0).max(100),
      2,
      'Sessions given to each arm in turn before sampling from the posteriors starts; raised to what the prior needs to become proper (2 for the reference prior, 0 for a proper prior).',
      'sessions',
    ),
    reward: withDefault(z.enum(['revenue']), 'revenue', 'What a session earns the bandit: its revenue.'),
    compareWithFixedSplit: withDefault(z.boolean(), true, 'Also run the same season with a fixed equal split, for regret and revenue comparisons.'),
    prior: block(BanditPriorSchema, 'Prior of every arm (Normal-Inverse-Gamma).'),
    season: block(SeasonSettingsSchema, 'What returning followers carry from one session of the season to the next.'),
  })
  .describe('Thompson-sampling bandit over a season of sessions.');

export const DesignSchema = z
  .discriminatedUnion('kind', [AbDesignSchema, FactorialDesignSchema, SweepDesignSchema, BanditDesignSchema])
  .describe('How arms are formed: ab (A/B/n), factorial, sweep, or bandit.');

export type Design = z.output<typeof DesignSchema>;
export type AbDesign = z.output<typeof AbDesignSchema>;
export type FactorialDesign = z.output<typeof FactorialDesignSchema>;
export type SweepDesign = z.output<typeof SweepDesignSchema>;
export type BanditDesign = z.output<typeof BanditDesignSchema>;
