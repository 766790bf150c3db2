import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulationDecomposition, simulationFunnel, simulationTimeline, type SimulatedRun } from '../../../src/report/adapters/simulate.js';

function run(arrived: number, bought: number, revenue: number, minutes: number): SimulatedRun {
  return {
    funnel: { arrived, engaged: arrived / 2, sawLink: arrived / 4, clicked: bought * 2, bought },
    orders: bought,
    revenue,
    timeline: Array.from({ length: minutes }, (_, minute) => ({ minute, concurrentViewers: arrived / 10 + minute, chats: minute, clicks: 1, orders: bought / minutes, revenue: revenue / minutes })),
  };
}

const runs = [run(1000, 20, 4000, 3), run(1200, 30, 5400, 3), run(800, 10, 2000, 2)];

describe('simulation adapters', () => {
  it('averages each funnel step over the runs', () => {
    const funnel = simulationFunnel([{ name: 'plan', runs }]);
    expect(funnel.arms[0].steps).toEqual([
      { step: 'arrived', count: 1000 },
      { step: 'engaged', count: 500 },
      { step: 'saw link', count: 250 },
      { step: 'clicked', count: 40 },
      { step: 'bought', count: 20 },
    ]);
  });

  it('gives per-minute means and 90% replicate bands, skipping runs that ended earlier', () => {
    const timeline = simulationTimeline([{ name: 'plan', runs }], [{ type: 'flash_sale', startMinute: 1, endMinute: 2 }, { type: 'pitch', startMinute: 2, endMinute: 3, title: 'The offer' }], '€');
    const viewers = timeline.series.filter((point) => point.metric === 'viewers');
    expect(viewers.map((point) => point.minute)).toEqual([0, 1, 2]);
    // Minute 0: 100, 120, 80 → mean 100, 5th percentile 82, 95th 118 (numpy linear).
    expect(viewers[0].mean).toBeCloseTo(100, 12);
    expect(viewers[0].lo).toBeCloseTo(82, 12);
    expect(viewers[0].hi).toBeCloseTo(118, 12);
    // Minute 2 exists only in the first two runs.
    expect(viewers[2].mean).toBeCloseTo((102 + 122) / 2, 12);
    expect(timeline.segments).toEqual([
      { start: 1, end: 2, label: 'Flash sale', type: 'flash_sale', highlight: true },
      { start: 2, end: 3, label: 'The offer', type: 'pitch', highlight: true },
    ]);
    expect(timeline.currency).toBe('€');
    expect(new Set(timeline.series.map((point) => point.metric))).toEqual(new Set(['viewers', 'chats', 'clicks', 'orders', 'revenue']));
  });

  it('labels series by arm only when several arms are drawn', () => {
    expect(simulationTimeline([{ name: 'a', runs }], []).series[0]).not.toHaveProperty('arm');
    expect(simulationTimeline([{ name: 'a', runs }, { name: 'b', runs }], []).series.at(-1)).toHaveProperty('arm', 'b');
  });

  it('decomposes mean revenue exactly as A × P × V', () => {
    const arbitraryRun = fc
      .record({ arrived: fc.integer({ min: 1, max: 5000 }), share: fc.double({ min: 0, max: 0.2, noNaN: true }), price: fc.double({ min: 1, max: 500, noNaN: true }) })
      .map(({ arrived, share, price }) => run(arrived, Math.round(arrived * share), Math.round(arrived * share) * price, 2));
    fc.assert(
      fc.property(fc.array(arbitraryRun, { minLength: 1, maxLength: 20 }), (sample) => {
        const [arm] = simulationDecomposition([{ name: 'a', runs: sample }]).arms;
        const meanRevenue = sample.reduce((total, item) => total + item.revenue, 0) / sample.length;
        expect(arm.revenue.value).toBeCloseTo(meanRevenue, 6);
        if (arm.valuePerBuyer.value > 0) expect(arm.audience.value * arm.purchaseRate.value * arm.valuePerBuyer.value).toBeCloseTo(meanRevenue, 6);
      }),
    );
  });
});
