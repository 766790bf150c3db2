import type { ArmRunData, FunnelData, ProductRunData, RunData, SegmentRunData } from '../../results/simulationResult.js';
import type { MetricStats } from '../../stats/sufficientStats.js';

/**
 * What one replicate of a session produces: the types of the simulation result's schema
 * (src/results/simulationResult.ts RunSchema, every field described there; a new field is declared
 * there). Field names are a public contract.
 */

/** Viewers reaching each funnel step; each step is a subset of the one before. */
export type Funnel = FunnelData;

/** One audience segment's share of a run. */
export type SegmentResult = SegmentRunData;

/** One product's sales in a run. */
export type ProductResult = ProductRunData;

/** Per-viewer sufficient statistics of one arm (in-room experiments), as the stats engine sums them. */
export type ArmResult = Omit<ArmRunData, 'conversion' | 'revenue' | 'watchSeconds' | 'interactions' | 'orders'> & {
  conversion: MetricStats;
  revenue: MetricStats;
  watchSeconds: MetricStats;
  interactions: MetricStats;
  orders: MetricStats;
};

/** Everything one replicate of a session produces. */
export type RunResult = Omit<RunData, 'arms'> & { arms?: ArmResult[] };
