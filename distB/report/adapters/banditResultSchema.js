import { z } from 'zod';
import { ExperimentInputSchema } from './experimentInput.js';
/**
 * The fields of a `bandit` result that the report reads (src/experiments/bandit/BanditResult.ts is
 * the contract). Other fields are allowed and ignored.
 */
const interval = z.tuple([z.number(), z.number()]).describe('[low, high]');
const replicateSummary = z.looseObject({ mean: z.number().describe('Mean over replicates'), ci: interval.describe('95% t interval of the mean'), spread: interval.describe('2.5–97.5% over replicates') });
const policy = z.looseObject({
    totalRevenue: replicateSummary.describe('Season revenue (currency)'),
    cumulativeRegret: replicateSummary.describe('Σ (μ* − μ of the arm chosen) over the season (currency)'),
    bestArmShare: replicateSummary.describe('Share of sessions on the best arm'),
    sessionsPerArm: z.array(z.number()).describe('Mean sessions per arm, in arm order'),
    returningViewers: replicateSummary.describe('Returning followers over the season (people)'),
});
const season = z.looseObject({ bySession: z.array(z.looseObject({ session: z.number(), revenue: replicateSummary })).describe('Per session index') });
export const BanditResultSchema = z.looseObject({
    kind: z.literal('bandit').describe('Result kind'),
    version: z.string().describe('livelift version that produced the result'),
    name: z.string().describe('Experiment name'),
    seed: z.number().describe('Root seed'),
    replicates: z.number().int().min(1).describe('Simulated seasons'),
    sessionsPerSeason: z.number().describe('Sessions per season'),
    warmupSessionsPerArm: z.number().describe('Round-robin sessions per arm before sampling'),
    arms: z
        .array(z.looseObject({ name: z.string(), description: z.string(), revenuePerSession: replicateSummary, isBest: z.boolean(), thompsonSessions: z.number(), fixedSessions: z.number().nullable() }))
        .min(1)
        .describe('One entry per arm'),
    bestArm: z.string().describe('Arm with the highest true revenue per session'),
    thompson: policy.describe('Thompson sampling over the replicates'),
    fixed: policy.nullable().describe('Fixed split, when compared'),
    difference: z.looseObject({ totalRevenue: replicateSummary, cumulativeRegret: replicateSummary }).nullable().describe('Thompson − fixed, paired'),
    bySession: z
        .array(z.looseObject({ session: z.number(), policy: z.enum(['thompson', 'fixed']), regret: z.number(), regretCi: interval, bestArmShare: z.number(), bestArmShareCi: interval }))
        .describe('Per session index and policy'),
    seasons: z.looseObject({ thompson: season, fixed: season.nullable() }).describe('Season summaries per policy'),
    recommendation: z.looseObject({ text: z.array(z.string()) }).describe('Plain-words recommendation'),
    notes: z.array(z.looseObject({ code: z.string(), message: z.string() })).describe('Coded notes'),
    input: ExperimentInputSchema,
});
//# sourceMappingURL=banditResultSchema.js.map