import { buildRunResult } from '../sim/model/buildRunResult.js';
import { LiveSession } from '../sim/model/LiveSession.js';
import { SOURCES } from '../sim/model/ProfileSampler.js';
import type { Scenario } from '../sim/scenario/index.js';
import type { FitEstimate } from '../sim/scenario/fitRecord.js';
import { drawCoefficients } from './drawCoefficients.js';
import type { SessionSummary } from './observedSessions.js';
import { secondsToFirstPurchase } from './secondsToFirstPurchase.js';

/** Simulated sessions of a (fitted) plan, summarised like observed ones, plus per-minute orders and revenue. */
export interface PredictedSession extends SessionSummary {
  /** Revenue minus the plan's costs (docs/model.md § Costs and profit). */
  profit: number;
  minuteOrders: Float64Array;
  minuteRevenue: Float64Array;
}

/**
 * Simulate `replicates` sessions of `scenario` from `seed` (replicates 0 … n − 1). With the fit's
 * `estimates`, each session runs with its own draw of the fitted coefficients
 * ({@link drawCoefficients}), so the spread is a prediction interval, not only session noise.
 */
export function predictSessions(scenario: Scenario, seed: number, replicates: number, estimates?: readonly FitEstimate[]): PredictedSession[] {
  return Array.from({ length: replicates }, (_, replicate) => {
    const plan = estimates === undefined ? scenario : drawCoefficients(scenario, estimates, seed, replicate);
    let buyers = 0;
    let toFirstPurchase = 0;
    const exportViewer = (line: string) => {
      const seconds = secondsToFirstPurchase(line);
      if (Number.isNaN(seconds)) return;
      buyers++;
      toFirstPurchase += seconds;
    };
    const run = buildRunResult(new LiveSession(plan, { seed, replicate, exportViewer }).run());
    const column = (key: 'arrivals' | 'concurrentViewers' | 'orders' | 'revenue') => Float64Array.from(run.timeline, (row) => row[key]);
    return {
      arrivals: run.funnel.arrived,
      orders: run.orders,
      revenue: run.revenue,
      profit: run.profit,
      meanWatchSeconds: run.meanWatchSeconds,
      minuteArrivals: column('arrivals'),
      minuteViewers: column('concurrentViewers'),
      minuteOrders: column('orders'),
      minuteRevenue: column('revenue'),
      segmentConversion: Float64Array.from(run.bySegment, (segment) => segment.conversionRate),
      segmentWatchSeconds: Float64Array.from(run.bySegment, (segment) => segment.meanWatchSeconds),
      sourceArrivals: Float64Array.from(SOURCES, (source) => run.arrivalsBySource[source]),
      sourceConversion: Float64Array.from(SOURCES, (source) => (run.arrivalsBySource[source] > 0 ? run.buyersBySource[source] / run.arrivalsBySource[source] : NaN)),
      meanSecondsToFirstPurchase: buyers > 0 ? toFirstPurchase / buyers : NaN,
    };
  });
}

/** The q-quantile of values (linear interpolation between order statistics, type 7 of Hyndman & Fan 1996). */
export function quantile(values: ArrayLike<number>, q: number): number {
  const sorted = Float64Array.from(values).sort();
  if (sorted.length === 0) return NaN;
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.min(sorted.length - 1, low + 1);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}
