import { describe, expect, it } from 'vitest';
import { metricStats } from '../../../src/experiments/replicateAnalysis/metricStats.js';
import { naiveAnalyticPlan } from '../../../src/experiments/simulatedPower/naiveAnalyticPlan.js';
import { addSums, ViewerSums } from '../../../src/experiments/world/ViewerSums.js';
import { sampleSizeForEffect } from '../../../src/stats/index.js';

/** Watch minutes of the control viewers, 1e12 ± 100, split over three sessions (three shifts). */
const offsets = [17, -83, 100, -4, 61, -99, 2.5, -40, 33, 12];
const sessions = [offsets.slice(0, 4), offsets.slice(4, 7), offsets.slice(7)].map((part) => {
  const sums = new ViewerSums(1);
  for (const k of part) sums.add(0, [1, 0, 0, 0, 1e12 + k, 0, 0, 0, 0, 0, 0]);
  return sums.group(0);
});

describe('naiveAnalyticPlan from shifted sums', () => {
  it('values near 1e12 with a spread of 100 give the two-pass baseline and per-viewer sd to 1e-6', () => {
    const control = metricStats(addSums(sessions), 'watchTime');
    const plan = naiveAnalyticPlan({ metric: 'watchTime', control, effect: 10, alpha: 0.05, sides: 'two', split: [1, 1], targetPower: 0.8, controlViewersPerSession: 10 });
    const n = offsets.length;
    const offsetMean = offsets.reduce((a, b) => a + b) / n;
    // Population sd (divisor n), as the plan uses the model's per-viewer spread.
    const sd = Math.sqrt(offsets.reduce((a, b) => a + (b - offsetMean) ** 2, 0) / n);
    expect(plan).not.toBeNull();
    expect(Math.abs(plan!.sd! / sd - 1)).toBeLessThan(1e-6);
    expect(Math.abs(plan!.baseline - (1e12 + offsetMean))).toBeLessThan(1e-3);
    const expected = sampleSizeForEffect({ kind: 'mean', baseline: 1e12 + offsetMean, sd, alpha: 0.05, sides: 'two', split: [1, 1] }, { value: 10, relative: false }, 0.8);
    expect(Math.abs(plan!.viewersPerArm[0] - expected.perArm[0])).toBeLessThanOrEqual(1);
  });
});
