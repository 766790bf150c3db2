import type { RunResult } from '../../sim/model/RunResult.js';
import { meanAndSd, tInterval } from '../../sim/replicate/intervals.js';

/** A metric compared between two plans, replicate by replicate. */
export interface PairedMetric {
  name: string;
  label: string;
  /** 'currency' | 'fraction' | 'seconds': how the page formats it. */
  unit: 'currency' | 'fraction' | 'seconds';
  meanA: number;
  meanB: number;
  /** Mean of B − A over the paired replicates, and its 95% Student-t interval. */
  difference: number;
  interval: [number, number];
  /** Standard deviation of B − A, and of B − A had the two plans been run on independent streams (sd of A and B combined). */
  pairedSd: number;
  unpairedSd: number;
}

const METRICS: readonly { name: string; label: string; unit: PairedMetric['unit']; value: (run: RunResult) => number | undefined }[] = [
  { name: 'revenue', label: 'Revenue', unit: 'currency', value: (run) => run.revenue },
  { name: 'profit', label: 'Profit', unit: 'currency', value: (run) => run.profit },
  { name: 'conversionRate', label: 'Conversion (bought / arrived)', unit: 'fraction', value: (run) => run.rates.bought },
  { name: 'meanWatchSeconds', label: 'Mean watch time', unit: 'seconds', value: (run) => run.meanWatchSeconds },
];

/**
 * Paired differences B − A of two plans run with common random numbers: replicate i of both plans
 * draws from the same streams (seed, i, stream name), so most of the session-to-session noise
 * cancels in B − A. The interval is the t interval of the per-replicate differences (the same
 * `tInterval` the CLI's summaries use). Metrics a run does not report (profit without costs) are left out.
 */
export function pairedDifferences(runsA: readonly RunResult[], runsB: readonly RunResult[]): PairedMetric[] {
  if (runsA.length !== runsB.length) throw new Error('pairedDifferences: both plans need the same replicates');
  return METRICS.flatMap((metric) => {
    const a = runsA.map(metric.value);
    const b = runsB.map(metric.value);
    if (a.some((value) => value === undefined) || b.some((value) => value === undefined)) return [];
    const differences = b.map((value, index) => (value as number) - (a[index] as number));
    const statsA = meanAndSd(a as number[]);
    const statsB = meanAndSd(b as number[]);
    const { mean, sd } = meanAndSd(differences);
    return [{ name: metric.name, label: metric.label, unit: metric.unit, meanA: statsA.mean, meanB: statsB.mean, difference: mean, interval: tInterval(differences), pairedSd: sd, unpairedSd: Math.sqrt(statsA.sd ** 2 + statsB.sd ** 2) }];
  });
}
