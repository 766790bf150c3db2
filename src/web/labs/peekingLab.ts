import { compareProportions } from '../../stats/compareProportions.js';
import { DEFAULT_ANALYSIS_OPTIONS } from '../../stats/types.js';
import { msprt } from '../../stats/sequential/msprt.js';
import { wilsonInterval } from '../../experiments/aggregate/wilsonInterval.js';
import { createStream } from '../../sim/random/createStream.js';
import { binomialDraw, conversionStats } from './binomialDraw.js';

/** Settings of the peeking lab (all in the address). */
export interface PeekingSettings {
  seed: number;
  /** Sessions run; the test is checked after each. */
  looks: number;
  /** Viewers per arm in each session. */
  viewersPerSession: number;
  /** Conversion of both arms (an A/A test: no true difference). */
  conversion: number;
  alpha: number;
  /** Simulated experiments. */
  trials: number;
}

export interface PeekingPoint {
  looks: number;
  rule: 'stop at the first p < α' | 'always-valid p (mSPRT)' | 'one look at the end';
  falsePositiveRate: number;
  lo: number;
  hi: number;
}

/**
 * Peeking: many A/A experiments (both arms convert at the same rate), each checked after every
 * session. "Stop at the first significant look" declares a winner far more often than α as the
 * looks add up; the always-valid p-value of the mSPRT (src/stats/sequential) stays at or below α;
 * one look at the end is the fixed-horizon test. Each trial has its own stream
 * (seed, trial, "peeking-lab"), so a seed reproduces the chart. Rates come with 95% Wilson intervals.
 */
export function peekingLab(settings: PeekingSettings): PeekingPoint[] {
  const { looks, viewersPerSession: n, conversion, alpha, trials } = settings;
  const firstNaive = new Array<number>(looks + 1).fill(0);
  const firstValid = new Array<number>(looks + 1).fill(0);
  const endOnly = new Array<number>(looks + 1).fill(0);
  for (let trial = 0; trial < trials; trial++) {
    const rng = createStream(settings.seed, trial, 'peeking-lab');
    let buyersA = 0;
    let buyersB = 0;
    let naiveStopped = false;
    let validStopped = false;
    let previousPValue = 1;
    for (let look = 1; look <= looks; look++) {
      buyersA += binomialDraw(rng, n, conversion);
      buyersB += binomialDraw(rng, n, conversion);
      const control = conversionStats(look * n, buyersA);
      const treatment = conversionStats(look * n, buyersB);
      const significant = compareProportions(control, treatment, { ...DEFAULT_ANALYSIS_OPTIONS, alpha }).absolute.pValue <= alpha;
      if (significant) endOnly[look]++;
      if (!naiveStopped && significant) {
        naiveStopped = true;
        firstNaive[look]++;
      }
      const sequential = msprt(control, treatment, { alpha, previousPValue });
      previousPValue = sequential.pValue;
      if (!validStopped && sequential.pValue <= alpha) {
        validStopped = true;
        firstValid[look]++;
      }
    }
  }
  const points: PeekingPoint[] = [];
  let naive = 0;
  let valid = 0;
  for (let look = 1; look <= looks; look++) {
    naive += firstNaive[look];
    valid += firstValid[look];
    for (const [rule, count] of [['stop at the first p < α', naive], ['always-valid p (mSPRT)', valid], ['one look at the end', endOnly[look]]] as const) {
      const [lo, hi] = wilsonInterval(count, trials);
      points.push({ looks: look, rule, falsePositiveRate: count / trials, lo, hi });
    }
  }
  return points;
}
