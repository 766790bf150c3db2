import { describe, expect, it } from 'vitest';
import { clusterTotals, metricStats, metricValue } from '../../../src/experiments/replicateAnalysis/metricStats.js';
import { addSums, hasPowerSums, powerSums, ViewerSums } from '../../../src/experiments/world/ViewerSums.js';
import { mean, pairedMean, sampleCovariance, sampleVariance, statsFromValues, type MetricStats } from '../../../src/stats/sufficientStats.js';

// Five viewers: [one, bought, revenue, orders, watchMinutes, chats, followed, engaged, sawLink, clicked, covariate].
const viewers = [
  [1, 1, 99, 1, 12.5, 3, 1, 1, 1, 1, 0.4],
  [1, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0.1],
  [1, 1, 178, 2, 30, 10, 1, 1, 1, 1, 0.9],
  [1, 0, 0, 0, 7.25, 1, 0, 1, 1, 0, 0.3],
  [1, 1, 49, 1, 4, 0, 0, 1, 1, 1, 0.2],
];
const column = (index: number) => viewers.map((row) => row[index]);
const sums = new ViewerSums(1);
for (const row of viewers) sums.add(0, row);
const group = sums.group(0);

/** Mean, variance and (when present) the covariate's mean, variance and covariance, to 1e-12. */
function expectSameMoments(actual: MetricStats, expected: MetricStats): void {
  expect(actual.n).toBe(expected.n);
  expect(mean(actual)).toBeCloseTo(mean(expected), 12);
  expect(sampleVariance(actual)).toBeCloseTo(sampleVariance(expected), 10);
  if (!expected.covariate) return expect(actual.covariate).toBeUndefined();
  const [a, e] = [actual.covariate!, expected.covariate];
  expect(pairedMean(a, actual.n)).toBeCloseTo(pairedMean(e, expected.n), 12);
  expect(sampleVariance({ n: actual.n, sum: a.sum, sumSquares: a.sumSquares })).toBeCloseTo(sampleVariance({ n: expected.n, sum: e.sum, sumSquares: e.sumSquares }), 12);
  expect(sampleCovariance(actual.n, actual.sum, a.sum, a.sumProduct)).toBeCloseTo(sampleCovariance(expected.n, expected.sum, e.sum, e.sumProduct), 12);
}

describe('metricStats from sums of products', () => {
  it('a proportion equals statsFromValues (raw sums); a mean has the same moments, around its shift', () => {
    expect(metricStats(group, 'conversion')).toEqual(statsFromValues(column(1)));
    expect(metricStats(group, 'returnRate')).toEqual(statsFromValues(column(6)));
    expectSameMoments(metricStats(group, 'revenuePerViewer', true), statsFromValues(column(2), { covariate: column(10) }));
    expectSameMoments(metricStats(group, 'watchTime'), statsFromValues(column(4)));
    expect(metricStats(group, 'watchTime').shift).toBe(12.5);
  });
  it('the funnel steps are proportions of viewers', () => {
    expect(metricStats(group, 'engagementRate')).toEqual(statsFromValues(column(7)));
    expect(metricStats(group, 'linkViewRate')).toEqual(statsFromValues(column(8)));
    expect(metricStats(group, 'clickRate')).toEqual(statsFromValues(column(9)));
    expect([metricValue(group, 'engagementRate'), metricValue(group, 'linkViewRate'), metricValue(group, 'clickRate')]).toEqual([0.8, 0.8, 0.6]);
  });
  it('ratio metrics carry their denominator', () => {
    expect(metricStats(group, 'averageOrderValue')).toEqual(statsFromValues(column(2), { denominator: column(3) }));
    expect(metricStats(group, 'chatRate', true)).toEqual(statsFromValues(column(5), { denominator: column(4) }));
  });
  it('cluster totals and values use the metric\'s denominator', () => {
    expect(clusterTotals(group, 'averageOrderValue')).toEqual({ n: 4, sum: 326, sumSquares: 99 ** 2 + 178 ** 2 + 49 ** 2 });
    expect(clusterTotals(group, 'conversion')).toEqual({ n: 5, sum: 3, sumSquares: 3 });
    expect(metricValue(group, 'averageOrderValue')).toBe(326 / 4);
    expect(metricValue(new ViewerSums(1).group(0), 'conversion')).toBeNaN();
  });
});

describe('shifted sums of products (values near 1e12)', () => {
  // Watch minutes 1e12 ± 100 (and a covariate near 1e12): Σx² − (Σx)²/n would lose every digit.
  const values = [1e12 + 17, 1e12 - 83, 1e12 + 100, 1e12 - 4, 1e12 + 61, 1e12 - 99, 1e12 + 2.5, 1e12 - 40];
  const covariate = values.map((x, i) => 2e12 + (x - 1e12) * 0.5 + (i % 3));
  const twoPass = (xs: readonly number[]) => {
    const m = xs.reduce((a, b) => a + (b - 1e12), 0) / xs.length;
    return xs.reduce((a, b) => a + (b - 1e12 - m) ** 2, 0) / (xs.length - 1);
  };
  const row = (i: number) => [1, 0, 0, 0, values[i], 0, 0, 0, 0, 0, covariate[i]];
  it('a group gives the two-pass variance to 1e-6 relative', () => {
    const sums = new ViewerSums(1);
    values.forEach((_, i) => sums.add(0, row(i)));
    const stats = metricStats(sums.group(0), 'watchTime', true);
    expect(Math.abs(sampleVariance(stats) / twoPass(values) - 1)).toBeLessThan(1e-6);
    expect(Math.abs(sampleVariance({ n: stats.n, sum: stats.covariate!.sum, sumSquares: stats.covariate!.sumSquares }) / twoPass(covariate.map((z) => z - 1e12)) - 1)).toBeLessThan(1e-6);
  });
  it('pooling sessions with different first viewers (so different shifts) keeps it', () => {
    const parts = [0, 3, 5].map((from, k, starts) => {
      const sums = new ViewerSums(1);
      for (let i = from; i < (starts[k + 1] ?? values.length); i++) sums.add(0, row(i));
      return sums.group(0);
    });
    const pooled = addSums([new ViewerSums(1).group(0), ...parts]);
    const stats = metricStats(pooled, 'watchTime', true);
    expect(stats.n).toBe(values.length);
    expect(Math.abs(sampleVariance(stats) / twoPass(values) - 1)).toBeLessThan(1e-6);
    expect(Math.abs(mean(stats) - values.reduce((a, b) => a + b, 0) / values.length)).toBeLessThan(1e-3);
    const direct = new ViewerSums(1);
    values.forEach((_, i) => direct.add(0, row(i)));
    const one = metricStats(direct.group(0), 'watchTime', true);
    expect(sampleCovariance(stats.n, stats.sum, stats.covariate!.sum, stats.covariate!.sumProduct) / sampleCovariance(one.n, one.sum, one.covariate!.sum, one.covariate!.sumProduct)).toBeCloseTo(1, 9);
    // The third and fourth power sums moved between shifts equal those summed around the first viewer directly.
    const [moved, summed] = [powerSums(pooled, 4), powerSums(direct.group(0), 4)];
    summed.forEach((row, a) => row.forEach((value, b) => expect(Math.abs(moved[a][b] - value), `Σx^${a}z^${b}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(value)))));
  });
  it('raw sums without the shift lose the variance (why the shift is needed)', () => {
    const raw = statsFromValues(values);
    expect(Math.abs(sampleVariance(raw) / twoPass(values) - 1)).toBeGreaterThan(1e-3);
  });
});

describe('higher-order sums only where CUPED needs them', () => {
  it('a world without a covariate records no power sums: pooled moments are unchanged and CUPED has no regression sums', () => {
    const plain = new ViewerSums(1, false);
    for (const row of viewers) plain.add(0, row);
    const pooled = addSums([plain.group(0), group]);
    expect(hasPowerSums(plain.group(0))).toBe(false);
    expect(hasPowerSums(pooled)).toBe(false);
    expect(hasPowerSums(addSums([group, group]))).toBe(true);
    expect(metricStats(pooled, 'revenuePerViewer', true).regression).toBeUndefined();
    expect(metricStats(group, 'revenuePerViewer', true).regression).toBeDefined();
    expect(mean(metricStats(pooled, 'watchTime'))).toBeCloseTo(mean(metricStats(group, 'watchTime')), 12);
    expect(sampleVariance(metricStats(pooled, 'watchTime'))).toBeCloseTo(sampleVariance(statsFromValues([...column(4), ...column(4)])), 10);
  });
});
