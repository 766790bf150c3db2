import { describe, expect, it } from 'vitest';
import { clusterTotals, metricStats, metricValue } from '../../../src/experiments/replicateAnalysis/metricStats.js';
import { ViewerSums } from '../../../src/experiments/world/ViewerSums.js';
import { statsFromValues } from '../../../src/stats/index.js';

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

describe('metricStats from sums of products', () => {
  it('a proportion and a mean equal statsFromValues, with the covariate when asked', () => {
    expect(metricStats(group, 'conversion')).toEqual(statsFromValues(column(1)));
    expect(metricStats(group, 'returnRate')).toEqual(statsFromValues(column(6)));
    expect(metricStats(group, 'revenuePerViewer', true)).toEqual(statsFromValues(column(2), { covariate: column(10) }));
    expect(metricStats(group, 'watchTime')).toEqual(statsFromValues(column(4)));
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
