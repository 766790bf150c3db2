import type { DecompositionData } from '../charts/decompositionChart.js';
import type { ForestChartData } from '../charts/forestChart.js';
import type { FunnelChartData } from '../charts/funnelChart.js';
import type { LiftDistributionData } from '../charts/liftDistributionChart.js';
import type { SegmentBreakdownData } from '../charts/segmentBreakdownChart.js';
import type { ExperimentResultData } from '../../results/index.js';
import { metricLabel } from './experimentMetrics.js';

/**
 * Adapters from an `experiment` result to chart inputs. The result holds, per arm, the true value
 * of each analyzed metric with every viewer in that arm (potential outcomes), and per contrast the
 * estimates a real test would have reported, over replicates.
 */

/**
 * Funnel per arm from the potential outcomes: viewers per session, then those who engaged, saw
 * the link, opened the product card and bought (viewers × each step's share, `arm.funnel`). A
 * result written before the funnel was recorded gives arrivals and buyers only (viewers ×
 * conversion), or null when conversion was not analyzed.
 */
export function experimentFunnel(result: ExperimentResultData): FunnelChartData | null {
  const full = result.arms.every((arm) => arm.funnel !== undefined);
  // Results written before the funnel was recorded: arrivals and buyers only.
  if (!full && !result.arms.every((arm) => typeof arm.metrics.conversion === 'number')) return null;
  const shares = (arm: ExperimentResultData['arms'][number]): [string, number][] =>
    full
      ? [['engaged', arm.funnel?.engaged ?? 0], ['saw link', arm.funnel?.sawLink ?? 0], ['clicked', arm.funnel?.clicked ?? 0], ['bought', arm.funnel?.bought ?? 0]]
      : [['bought', arm.metrics.conversion ?? 0]];
  return {
    unit: 'viewers per session',
    arms: result.arms.map((arm) => ({
      name: arm.name,
      steps: [{ step: 'arrived', count: arm.viewersPerSession }, ...shares(arm).map(([step, share]) => ({ step, count: arm.viewersPerSession * share }))],
    })),
  };
}

/**
 * R = A × P × V per arm: A = viewers per session, P = conversion, V = revenue per session / (A × P),
 * so the product is the revenue per session exactly; R carries its 95% interval (Monte-Carlo error
 * of the mean). Null when conversion was not analyzed.
 */
export function experimentDecomposition(result: ExperimentResultData, currency: string): DecompositionData | null {
  if (!result.arms.every((arm) => typeof arm.metrics.conversion === 'number')) return null;
  return {
    currency,
    arms: result.arms.map((arm) => {
      const rate = arm.metrics.conversion ?? 0;
      const buyers = arm.viewersPerSession * rate;
      const revenue = arm.revenuePerSession;
      return {
        name: arm.name,
        // Only R carries an interval in the result; A, P and V get zero-width whiskers.
        audience: point(arm.viewersPerSession),
        purchaseRate: point(rate),
        valuePerBuyer: point(buyers > 0 ? revenue.mean / buyers : 0),
        revenue: { value: revenue.mean, lo: revenue.ci[0], hi: revenue.ci[1] },
      };
    }),
  };
}

function point(value: number): { value: number; lo: number; hi: number } {
  return { value, lo: value, hi: value };
}

/** Expected revenue per session of each arm, with the 95% interval of that expectation. */
export function experimentRevenuePerArm(result: ExperimentResultData, currency: string): SegmentBreakdownData {
  return {
    dimension: 'Arm',
    metric: `Revenue per session (${currency})`,
    format: ',.0f',
    rows: result.arms.map((arm) => ({ segment: 'every viewer in the arm', arm: arm.name, value: arm.revenuePerSession.mean, lo: arm.revenuePerSession.ci[0], hi: arm.revenuePerSession.ci[1] })),
  };
}

/**
 * Forest plot over replicates: per metric × contrast, the mean relative estimate, the range where
 * 95% of the replicates' estimates fall, the true effect, and "significant" when most replicates'
 * tests rejected (after the correction, when one is on). Contrasts without a relative lift (control
 * value not positive) are left out. Null when nothing is left.
 */
export function experimentForest(result: ExperimentResultData): ForestChartData | null {
  const rows = result.comparisons.flatMap((comparison) => {
    const relative = comparison.estimate.relative;
    if (relative === null) return [];
    return [{
      metric: metricLabel(comparison.metric),
      variant: comparison.contrast,
      estimate: relative.mean,
      lo: relative.quantiles[0],
      hi: relative.quantiles[4],
      significant: comparison.rejectionRate.value > 0.5,
      ...(comparison.truth.relative === null ? {} : { truth: comparison.truth.relative }),
    }];
  });
  if (rows.length === 0) return null;
  const correction = result.analysis.correction;
  const corrected = correction !== undefined && correction !== 'none';
  return {
    rows,
    scale: 'relative',
    level: 0.95,
    intervalLabel: `Diamonds: mean estimate over ${result.replicates} simulated tests; bars: where 95% of the estimates fall`,
    significanceLabel: `significant in most replicates${corrected ? ` (${correction} correction)` : ''}`,
  };
}

/** One histogram per primary comparison: the lift each replicate estimated and the true effect. */
export function experimentLiftDistributions(result: ExperimentResultData): (LiftDistributionData & { contrast: string })[] {
  const primary = result.comparisons.find((comparison) => comparison.role === 'primary');
  const metric = primary ? metricLabel(primary.metric) : 'primary metric';
  return result.primaryEstimates.map((entry) => ({ contrast: entry.contrast, metric: `${metric}: ${entry.contrast} vs ${result.control}`, estimates: entry.estimates, trueEffect: entry.trueEffect, scale: entry.scale }));
}
