import { z } from 'zod';

/**
 * The fields of a `simulate` result that the report reads (src/sim/replicate/SimulationResult.ts,
 * the public contract of issue #2). Other fields are allowed and ignored; `result.json` keeps the
 * result exactly as saved.
 */
const metricSummary = z.looseObject({
  mean: z.number().nullable().describe('Mean over replicates'),
  ci: z.tuple([z.number().nullable(), z.number().nullable()]).describe('95% percentile interval of replicate outcomes'),
  meanCi: z.tuple([z.number().nullable(), z.number().nullable()]).optional().describe('95% Student-t interval of the mean'),
  sd: z.number().nullable().optional().describe('Standard deviation over replicates'),
});

const funnel = z.looseObject({
  arrived: z.number(),
  engaged: z.number(),
  sawLink: z.number(),
  clicked: z.number(),
  bought: z.number(),
});

const timelineRow = z.looseObject({
  minute: z.number().describe('Minute index since the start'),
  concurrentViewers: z.number().describe('Time-averaged viewers in the room (people)'),
  chats: z.number().describe('Chat messages in the minute'),
  clicks: z.number().describe('Link clicks in the minute'),
  orders: z.number().describe('Orders in the minute'),
  revenue: z.number().describe('Revenue in the minute (currency)'),
});

export const SimulationResultSchema = z.looseObject({
  livelift: z.looseObject({ version: z.string(), command: z.string() }).describe('Tool, version and command that produced the result'),
  scenario: z
    .looseObject({
      name: z.string().describe('Scenario name'),
      currency: z.string().optional().describe('Currency of revenue'),
      plan: z.array(z.looseObject({ type: z.string(), startMinute: z.number(), endMinute: z.number(), title: z.string().optional() })).optional().describe("The host's plan"),
    })
    .describe('The scenario as parsed'),
  seed: z.number().describe('Root seed'),
  replicates: z.number().describe('Number of replicates'),
  interval: z.string().optional().describe('How ci and meanCi are computed'),
  summary: z.record(z.string(), metricSummary).describe('Per metric over replicates'),
  summaryBySegment: z.record(z.string(), z.record(z.string(), metricSummary)).optional().describe('Per audience segment'),
  summaryByProduct: z.record(z.string(), z.record(z.string(), metricSummary)).optional().describe('Per product'),
  runs: z
    .array(z.looseObject({ seed: z.number().optional(), funnel, orders: z.number(), revenue: z.number(), timeline: z.array(timelineRow) }))
    .min(1)
    .describe('One entry per replicate'),
});

export type SimulationResultData = z.infer<typeof SimulationResultSchema>;
