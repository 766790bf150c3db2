import { meanInterval } from '../aggregate/describeValues.js';
import { metricValue } from '../replicateAnalysis/metricStats.js';
import type { Objective } from '../schema/objectiveSchema.js';
import type { RawReplicate } from '../world/ExperimentPayload.js';
import { addSums } from '../world/ViewerSums.js';
import { argmax, BOOTSTRAP_RESAMPLES, bootstrapArgmax } from './bootstrapArgmax.js';
import type { SweepPoint, SweepResult } from './SweepResult.js';

type Value = number | string | boolean;

/**
 * Curves and optimum of a sweep from its replicates. Per replicate and value: revenue and profit
 * per session (means over the replicate's sessions), conversion and revenue per viewer (pooled
 * over them); each curve point is the mean over replicates with a 95% t interval. The optimum is
 * the value of highest mean objective (revenue or profit per session); its interval is the 2.5%–97.5% range of the best value over bootstrap
 * resamples of the replicates (`bootstrapArgmax`), read on the grid (inverse empirical CDF).
 */
export function summariseSweep(raws: readonly RawReplicate[], count: number, values: readonly Value[], seed: number, objective: Objective): Pick<SweepResult, 'points' | 'optimum'> {
  const perReplicate = raws.map((raw) => valuesOfReplicate(raw, count));
  const objectiveRows = perReplicate.map((row) => row.map((cell) => cell[objective]));
  const best = bootstrapArgmax(objectiveRows, seed);
  const inReplicate = objectiveRows.map((row) => argmax(row));
  const points: SweepPoint[] = values.map((value, k) => ({
    value,
    revenuePerSession: interval(perReplicate.map((row) => row[k].revenue)),
    profitPerSession: interval(perReplicate.map((row) => row[k].profit)),
    conversion: interval(perReplicate.map((row) => row[k].conversion)),
    revenuePerViewer: interval(perReplicate.map((row) => row[k].revenuePerViewer)),
    viewersPerSession: perReplicate.reduce((total, row) => total + row[k].viewers, 0) / perReplicate.length,
    probabilityBest: best.filter((index) => index === k).length / best.length,
    bestInReplicate: inReplicate.filter((index) => index === k).length / inReplicate.length,
  }));
  const optimum = argmax(points.map((point) => (objective === 'profit' ? point.profitPerSession : point.revenuePerSession).mean));
  const numeric = values.every((value) => typeof value === 'number');
  const bestValues = Float64Array.from(best, (index) => values[index] as number).sort();
  const onGrid = (p: number) => bestValues[Math.min(bestValues.length - 1, Math.max(0, Math.ceil(p * bestValues.length) - 1))];
  return {
    points,
    optimum: { value: values[optimum], interval: numeric && bestValues.length > 0 ? [onGrid(0.025), onGrid(0.975)] : null, bootstrapResamples: BOOTSTRAP_RESAMPLES },
  };
}

function valuesOfReplicate(raw: RawReplicate, count: number): { revenue: number; profit: number; conversion: number; revenuePerViewer: number; viewers: number }[] {
  return Array.from({ length: count }, (_, arm) => {
    const outcomes = raw.potential.filter((outcome) => outcome.arm === arm);
    const sums = addSums(outcomes.map((outcome) => outcome.sums));
    const sessions = Math.max(1, outcomes.length);
    return {
      revenue: outcomes.reduce((total, outcome) => total + outcome.revenue, 0) / sessions,
      profit: outcomes.reduce((total, outcome) => total + outcome.profit, 0) / sessions,
      conversion: metricValue(sums, 'conversion'),
      revenuePerViewer: metricValue(sums, 'revenuePerViewer'),
      viewers: outcomes.reduce((total, outcome) => total + outcome.viewers, 0) / sessions,
    };
  });
}

function interval(values: readonly number[]): { mean: number; ci: [number, number] } {
  const { mean, ci } = meanInterval(values);
  return { mean, ci };
}
