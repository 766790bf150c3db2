import { z } from 'zod';
import { OpenIntervalSchema, SeedSchema, VersionSchema } from './envelope.js';

/** One metric across replicates. */
export const MetricSummarySchema = z.object({
  mean: z.number().nullable().describe('Mean over replicates; null when undefined (e.g. order value without orders)'),
  ci: OpenIntervalSchema.describe('95% percentile interval of the replicate outcomes (type 7): where one session\'s value falls'),
  meanCi: OpenIntervalSchema.describe('95% Student-t interval of the mean across replicates: how precisely the mean is known'),
  sd: z.number().nullable().describe('Standard deviation over replicates'),
});

/** Viewers reaching each funnel step; each step is a subset of the one before. */
export const FunnelSchema = z.object({
  arrived: z.number().describe('Viewers who arrived'),
  engaged: z.number().describe('Acted (chat, like, vote, question) or saw the link'),
  sawLink: z.number().describe('Had at least one decision moment (saw the link or an offer)'),
  clicked: z.number().describe('Opened the product card at least once'),
  bought: z.number().describe('Bought at least once'),
});

/** One minute of a run. */
export const TimelineRowSchema = z.looseObject({
  minute: z.number().int().describe('Minute index: row m covers [m, m + 1) minutes since the start'),
  concurrentViewers: z.number().describe('Time-averaged viewers in the room during the minute (people)'),
  chats: z.number().describe('Chat messages in the minute'),
  clicks: z.number().describe('Link clicks in the minute'),
  orders: z.number().describe('Orders in the minute'),
  revenue: z.number().describe('Revenue in the minute (currency)'),
});

/**
 * One replicate of a session (src/sim/model/RunResult.ts is the full contract). The fields the
 * report and the summaries read are checked; the many other counters are kept as they are.
 */
export const RunSchema = z.looseObject({
  seed: z.number().int().describe('Seed of this replicate'),
  replicate: z.number().int().describe('Replicate index'),
  funnel: FunnelSchema.describe('Viewers reaching each funnel step'),
  orders: z.number().describe('Orders'),
  revenue: z.number().describe('Revenue (currency)'),
  timeline: z.array(TimelineRowSchema).describe('Per-minute counters'),
});

const SummaryTableSchema = z.record(z.string(), MetricSummarySchema);

/**
 * What `livelift simulate --json` prints and `--out` saves as result.json. Public contract
 * (issue #2): `seed`, `replicates`, `summary` (per metric `mean` and `ci`) and `runs` keep their
 * names. Its envelope predates the others': the version sits in `livelift`.
 */
export const SimulationResultSchema = z.object({
  kind: z.literal('simulation').optional().describe('Result kind (absent in results saved before kinds: `livelift.command` names it)'),
  livelift: z.object({ version: VersionSchema, command: z.literal('simulate') }).describe('Tool, version and command that produced the result'),
  scenario: z
    .looseObject({
      name: z.string().describe('Scenario name'),
      currency: z.string().optional().describe('Currency of revenue'),
      plan: z
        .array(z.looseObject({ type: z.string(), startMinute: z.number(), endMinute: z.number(), title: z.string().optional() }))
        .optional()
        .describe("The host's plan"),
    })
    .describe('The scenario as parsed (every default filled in): with the seed, enough to reproduce the run'),
  seed: SeedSchema,
  replicates: z.number().int().min(1).describe('Number of replicates'),
  interval: z.string().describe('How ci and meanCi are computed'),
  summary: SummaryTableSchema.describe('Per metric over replicates'),
  summaryBySegment: z.record(z.string(), SummaryTableSchema).describe('Per audience segment, per metric'),
  summaryByProduct: z.record(z.string(), SummaryTableSchema).describe('Per product, per metric'),
  runs: z.array(RunSchema).min(1).describe('One entry per replicate, in replicate order'),
});

export type SimulationResultData = z.infer<typeof SimulationResultSchema>;
export type MetricSummary = z.infer<typeof MetricSummarySchema>;
