import type { MetricStats } from '../../stats/sufficientStats.js';
import type { TimelineRow } from './MinuteSeries.js';

/** Viewers reaching each funnel step; each step is a subset of the one before. */
export interface Funnel {
  arrived: number;
  /** Acted (chat, like, vote, question) or saw the link. */
  engaged: number;
  /** Had at least one decision moment (saw the link or an offer). */
  sawLink: number;
  /** Opened the product card at least once. */
  clicked: number;
  /** Bought at least once. */
  bought: number;
}

/** One audience segment's share of a run. */
export interface SegmentResult extends Funnel {
  id: string;
  orders: number;
  revenue: number;
  conversionRate: number;
  meanWatchSeconds: number;
  interactions: number;
}

/** One product's sales in a run. */
export interface ProductResult {
  id: string;
  /** Decision moments about this product. */
  views: number;
  clicks: number;
  orders: number;
  revenue: number;
  /** Units sold at a flash-sale price. */
  saleUnits: number;
}

/** Per-viewer sufficient statistics of one arm (in-room experiments). */
export interface ArmResult {
  name: string;
  viewers: number;
  conversion: MetricStats;
  revenue: MetricStats;
  watchSeconds: MetricStats;
  interactions: MetricStats;
  orders: MetricStats;
}

/** Everything one replicate of a session produces. Field names are a public contract. */
export interface RunResult {
  seed: number;
  replicate: number;
  /** Events processed, counted like the reference workload (kernel events + rejected arrival candidates). */
  events: number;
  arrivalCandidates: number;
  funnel: Funnel;
  /** Each funnel step as a fraction of arrivals. */
  rates: { engaged: number; sawLink: number; clicked: number; bought: number };
  orders: number;
  revenue: number;
  averageOrderValue: number;
  revenuePerViewer: number;
  /** What the session cost (currency): promotion spend, platform commission, order costs, host fee, referral rewards, and their total. */
  costs: { promotion: number; commission: number; orders: number; hostFee: number; referralRewards: number; total: number };
  /** This session's random effects (docs/model.md § Sessions that differ): traffic multiplier and warmth (log-odds). */
  sessionEffects: { trafficMultiplier: number; warmth: number };
  /** Revenue − costs.total (may be negative). */
  profit: number;
  /** Return on the costs: profit / costs.total; null when nothing was spent (or too little to give a finite ratio). */
  roi: number | null;
  /** R = A × P × V: audience, purchase rate (buyers / audience), value per buyer (revenue / buyers). */
  decomposition: { audience: number; purchaseRate: number; valuePerBuyer: number; revenue: number };
  peakConcurrentViewers: number;
  meanConcurrentViewers: number;
  meanWatchSeconds: number;
  interactions: { chats: number; likes: number; votes: number; questions: number };
  decisions: number;
  departures: { patience: number; purchase: number; presentAtEnd: number };
  arrivalsBySource: { organic: number; followers: number; promotion: number; referral: number };
  buyersBySource: { organic: number; followers: number; promotion: number; referral: number };
  retention: { newFollowers: number; returnProbability: number; expectedReturningViewers: number; followersArrived: number };
  referralShares: number;
  couponsGiven: number;
  bySegment: SegmentResult[];
  byProduct: ProductResult[];
  /** Flash sales: units sold at the sale price, stock left, and when the stock ran out (minutes since the start; null: never). */
  offers: { productId: string; startMinute: number; unitsSold: number; stockLeft: number | null; soldOutMinute: number | null }[];
  arms?: ArmResult[];
  timeline: TimelineRow[];
}
