import { z } from 'zod';
import { envelope, ExperimentInputSchema, IntervalSchema, NoteSchema, ReplicateSummarySchema } from './envelope.js';

/** One arm of a bandit season. */
export const BanditArmSummarySchema = z.object({
  name: z.string().describe('Arm name'),
  description: z.string().describe('What the arm changes'),
  revenuePerSession: ReplicateSummarySchema.describe('True revenue per session: mean over seasons with every session given to this arm (currency)'),
  isBest: z.boolean().describe('Arm with the highest true revenue per session'),
  thompsonSessions: z.number().describe('Mean sessions per season Thompson sampling gave this arm'),
  fixedSessions: z.number().nullable().describe('Mean sessions per season under the fixed split (null when not compared)'),
});

/** A policy (Thompson sampling or the fixed split) over the replicates. */
export const PolicySummarySchema = z.object({
  totalRevenue: ReplicateSummarySchema.describe('Revenue of the whole season (currency)'),
  cumulativeRegret: ReplicateSummarySchema.describe('Σ (μ* − μ of the arm chosen) at the end of the season: expected revenue lost to the arms chosen (currency)'),
  realizedRegret: ReplicateSummarySchema.describe('Revenue of the always-best season (same random numbers) minus this policy\'s revenue (currency)'),
  bestArmShare: ReplicateSummarySchema.describe('Share of the season\'s sessions given to the best arm'),
  sessionsPerArm: z.array(z.number()).describe('Mean number of sessions each arm ran, in arm order'),
  returningViewers: ReplicateSummarySchema.describe('Followers of earlier sessions who came back, summed over the season (people)'),
});

/** Cumulative regret and share on the best arm after one session index, for one policy. */
export const BanditSessionPointSchema = z.object({
  session: z.number().int().describe('Session index, from 0'),
  policy: z.enum(['thompson', 'fixed']).describe('Policy'),
  regret: z.number().describe('Cumulative regret after this session: mean over replicates (currency)'),
  regretCi: IntervalSchema.describe('95% t interval of the mean regret'),
  bestArmShare: z.number().describe('Share of replicates that gave this session to the best arm'),
  bestArmShareCi: IntervalSchema.describe('95% Wilson interval of that share'),
});

const SESSION_OUTCOMES = {
  revenue: 'Revenue (currency)',
  orders: 'Orders',
  viewers: 'Viewers (people)',
  returningViewers: 'Followers of earlier sessions who came back (people)',
  buyers: 'Buyers (people)',
  returningBuyers: 'Buyers among the returning viewers (people)',
  returningRevenue: 'Revenue from returning viewers (currency)',
  newFollowers: 'Viewers who followed the channel (people)',
  expectedReturning: 'Expected returning viewers at the next session (people)',
} as const;
const outcomeShape = Object.fromEntries(Object.entries(SESSION_OUTCOMES).map(([key, text]) => [key, ReplicateSummarySchema.describe(text)])) as {
  [K in keyof typeof SESSION_OUTCOMES]: typeof ReplicateSummarySchema;
};
const SeasonTotalsSchema = z.object(outcomeShape).describe('Season totals (sums over sessions) of every outcome');

/** A season over replicates: each session index, the whole season, and the realised return rate. */
export const SeasonSummarySchema = z.object({
  bySession: z
    .array(z.object({ session: z.number().int().describe('Session index, from 0'), newViewers: ReplicateSummarySchema.describe('Viewers new to the season (people)'), ...outcomeShape }))
    .describe('Per session index'),
  totals: SeasonTotalsSchema,
  returnRate: z.number().nullable().describe('Σ returning viewers over Σ new followers of the session before, pooled over replicates; null without followers'),
});

/** What `livelift experiment <bandit file> --json` prints and `--out` saves as result.json. */
export const BanditResultSchema = z.object({
  ...envelope('bandit'),
  name: z.string().describe('Experiment name'),
  description: z.string().describe('Experiment description'),
  replicates: z.number().int().min(1).describe('Simulated seasons'),
  sessionsPerSeason: z.number().int().describe('Sessions per season'),
  reward: z.literal('revenue').describe('What the bandit maximises'),
  warmupSessionsPerArm: z.number().int().describe('Round-robin sessions per arm before sampling'),
  prior: z
    .object({ mean: z.number(), strength: z.number(), shape: z.number(), rate: z.number() })
    .describe('Normal-inverse-gamma prior of every arm (mean, strength κ, shape α, rate β)'),
  season: z.looseObject({}).describe('What returning followers carry from one session to the next (the experiment\'s season settings)'),
  arms: z.array(BanditArmSummarySchema).min(1).describe('One entry per arm'),
  bestArm: z.string().describe('Arm with the highest true revenue per session'),
  thompson: PolicySummarySchema.describe('Thompson sampling over the replicates'),
  fixed: PolicySummarySchema.nullable().describe('Fixed split, when compared'),
  difference: z
    .object({ totalRevenue: ReplicateSummarySchema, cumulativeRegret: ReplicateSummarySchema })
    .nullable()
    .describe('Thompson minus fixed split, paired by replicate'),
  bySession: z.array(BanditSessionPointSchema).describe('Per session index and policy'),
  seasons: z
    .object({
      thompson: SeasonSummarySchema,
      fixed: SeasonSummarySchema.nullable(),
      always: z
        .array(z.object({ arm: z.string(), totals: SeasonTotalsSchema, returnRate: z.number().nullable() }))
        .describe('The oracle seasons (every session to one arm), as totals only'),
    })
    .describe('Per-session revenue, viewers, returning viewers and followers of each policy\'s season'),
  recommendation: z.object({ text: z.array(z.string()) }).describe('Plain-words recommendation'),
  notes: z.array(NoteSchema).describe('Coded notes'),
  input: ExperimentInputSchema,
});

export type BanditResultData = z.infer<typeof BanditResultSchema>;
export type PolicySummary = z.infer<typeof PolicySummarySchema>;
export type SeasonSummary = z.infer<typeof SeasonSummarySchema>;
