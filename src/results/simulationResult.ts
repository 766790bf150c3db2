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
export const TimelineRowSchema = z.object({
  minute: z.number().int().describe('Minute index: row m covers [m, m + 1) minutes since the start'),
  arrivals: z.number().describe('Viewers who arrived in the minute'),
  departures: z.number().describe('Viewers who left in the minute'),
  concurrentViewers: z.number().describe('Time-averaged viewers in the room during the minute (people)'),
  peakViewers: z.number().describe('Largest number of viewers in the room at any moment of the minute'),
  chats: z.number().describe('Chat messages in the minute'),
  interactions: z.number().describe('All acts in the minute: chats, likes, votes, questions'),
  linkViews: z.number().describe('Decision moments in the minute (a viewer sees the link or an offer and decides)'),
  clicks: z.number().describe('Link clicks in the minute'),
  orders: z.number().describe('Orders in the minute'),
  revenue: z.number().describe('Revenue in the minute (currency)'),
});

/** One audience segment's share of a run: its funnel and what it bought. */
export const SegmentRunSchema = FunnelSchema.extend({
  id: z.string().describe('Segment id, as in the scenario'),
  orders: z.number().describe('Orders by the segment'),
  revenue: z.number().describe('Revenue from the segment (currency)'),
  conversionRate: z.number().describe('Buyers / arrivals of the segment (0 without arrivals)'),
  meanWatchSeconds: z.number().describe('Mean watch time of the segment\'s viewers (seconds)'),
  interactions: z.number().describe('Acts by the segment: chats, likes, votes, questions'),
});

/** One product's sales in a run. */
export const ProductRunSchema = z.object({
  id: z.string().describe('Product id, as in the scenario'),
  views: z.number().describe('Decision moments about this product'),
  clicks: z.number().describe('Clicks on the product card'),
  orders: z.number().describe('Orders of the product'),
  revenue: z.number().describe('Revenue of the product (currency)'),
  saleUnits: z.number().describe('Units sold at a flash-sale price'),
});

/** Per-viewer sufficient statistics of one metric of an arm (src/stats/sufficientStats.ts MetricStats). */
const ArmStatsSchema = z
  .looseObject({
    n: z.number().describe('Viewers'),
    sum: z.number().describe('Σx (around shift when set)'),
    sumSquares: z.number().describe('Σx² (around shift when set)'),
    shift: z.number().optional().describe('The value x was accumulated around, when set'),
  })
  .describe('Sufficient statistics of a per-viewer metric (the stats engine\'s MetricStats; further sums as it defines them)');

/** One arm of an in-room experiment in a run. */
export const ArmRunSchema = z.object({
  name: z.string().describe('Arm name'),
  viewers: z.number().describe('Viewers assigned to the arm'),
  conversion: ArmStatsSchema.describe('Bought (0/1) per viewer'),
  revenue: ArmStatsSchema.describe('Revenue per viewer (currency)'),
  watchSeconds: ArmStatsSchema.describe('Watch time per viewer (seconds)'),
  interactions: ArmStatsSchema.describe('Acts per viewer'),
  orders: ArmStatsSchema.describe('Orders per viewer'),
});

const bySource = (what: string) =>
  z
    .object({
      organic: z.number().describe(`${what}: organic (platform) traffic`),
      followers: z.number().describe(`${what}: followers notified at the start`),
      promotion: z.number().describe(`${what}: paid promotion`),
      referral: z.number().describe(`${what}: friends referred by viewers`),
    })
    .describe(`${what} by traffic source`);

/** One replicate of a session: everything a run produces. Field names are a public contract. */
export const RunSchema = z.object({
  seed: z.number().int().describe('Seed of this replicate'),
  replicate: z.number().int().describe('Replicate index'),
  events: z.number().describe('Events processed, counted like the reference workload (kernel events + rejected arrival candidates)'),
  arrivalCandidates: z.number().describe('Organic arrival candidates drawn by thinning (accepted or not)'),
  funnel: FunnelSchema.describe('Viewers reaching each funnel step'),
  rates: z
    .object({
      engaged: z.number().describe('engaged / arrived'),
      sawLink: z.number().describe('sawLink / arrived'),
      clicked: z.number().describe('clicked / arrived'),
      bought: z.number().describe('bought / arrived'),
    })
    .describe('Each funnel step as a fraction of arrivals (0 without arrivals)'),
  orders: z.number().describe('Orders'),
  revenue: z.number().describe('Revenue (currency)'),
  averageOrderValue: z.number().describe('Revenue / orders (currency; 0 without orders)'),
  revenuePerViewer: z.number().describe('Revenue / arrivals (currency; 0 without arrivals)'),
  costs: z
    .object({
      promotion: z.number().describe('Promotion spend'),
      commission: z.number().describe('Platform commission on revenue'),
      orders: z.number().describe('Per-order costs (fulfilment, payment)'),
      hostFee: z.number().describe('Host fee'),
      referralRewards: z.number().describe('Rewards paid for referrals'),
      total: z.number().describe('Sum of the above'),
    })
    .describe('What the session cost (currency)'),
  sessionEffects: z
    .object({
      trafficMultiplier: z.number().describe('Multiplier of every arrival rate in this session'),
      warmth: z.number().describe('Shift of the purchase log-odds in this session'),
    })
    .describe("This session's random effects (docs/model.md § Sessions that differ)"),
  profit: z.number().describe('Revenue − costs.total (currency; may be negative)'),
  roi: z.number().nullable().describe('Return on the costs: profit / costs.total; null when nothing was spent (or too little to give a finite ratio)'),
  decomposition: z
    .object({
      audience: z.number().describe('A: viewers who arrived'),
      purchaseRate: z.number().describe('P: buyers / audience'),
      valuePerBuyer: z.number().describe('V: revenue / buyers (currency)'),
      revenue: z.number().describe('R = A × P × V (currency)'),
    })
    .describe('R = A × P × V: audience, purchase rate, value per buyer'),
  peakConcurrentViewers: z.number().describe('Most viewers in the room at once'),
  meanConcurrentViewers: z.number().describe('Time-averaged viewers in the room over the session'),
  meanWatchSeconds: z.number().describe('Mean watch time per viewer (seconds)'),
  interactions: z
    .object({
      chats: z.number().describe('Chat messages'),
      likes: z.number().describe('Likes'),
      votes: z.number().describe('Poll votes'),
      questions: z.number().describe('Questions asked'),
    })
    .describe('Acts over the session, by kind'),
  decisions: z.number().describe('Decision moments (a viewer sees the link or an offer and decides)'),
  departures: z
    .object({
      patience: z.number().describe('Left when their patience ran out'),
      purchase: z.number().describe('Left after buying'),
      presentAtEnd: z.number().describe('Still in the room at the end'),
    })
    .describe('How viewers left'),
  arrivalsBySource: bySource('Arrivals'),
  buyersBySource: bySource('Buyers'),
  retention: z
    .object({
      newFollowers: z.number().describe('Viewers who followed the host during the session'),
      returnProbability: z.number().describe('Probability that a new follower comes to the next session'),
      expectedReturningViewers: z.number().describe('New followers expected at the next session: newFollowers × returnProbability'),
      followersArrived: z.number().describe('Followers who came to this session'),
    })
    .describe('Followers gained and expected back'),
  referralShares: z.number().describe('Times viewers shared the stream with friends'),
  couponsGiven: z.number().describe('Coupons handed out'),
  bySegment: z.array(SegmentRunSchema).describe('Per audience segment, in the scenario\'s order'),
  byProduct: z.array(ProductRunSchema).describe('Per product, in the scenario\'s order'),
  offers: z
    .array(
      z.object({
        productId: z.string().describe('Product on flash sale'),
        startMinute: z.number().describe('Start of the sale (minutes since the start)'),
        unitsSold: z.number().describe('Units sold at the sale price'),
        stockLeft: z.number().nullable().describe('Stock left at the end; null: unlimited stock'),
        soldOutMinute: z.number().nullable().describe('When the stock ran out (minutes since the start); null: never'),
      }),
    )
    .describe('Flash sales: units sold at the sale price, stock left, and when the stock ran out'),
  arms: z.array(ArmRunSchema).optional().describe('In-room experiments only: per-viewer sufficient statistics of each arm'),
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
export type RunData = z.infer<typeof RunSchema>;
export type FunnelData = z.infer<typeof FunnelSchema>;
export type SegmentRunData = z.infer<typeof SegmentRunSchema>;
export type ProductRunData = z.infer<typeof ProductRunSchema>;
export type ArmRunData = z.infer<typeof ArmRunSchema>;
export type TimelineRowData = z.infer<typeof TimelineRowSchema>;
