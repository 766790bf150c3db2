import { describe, expect, test } from 'vitest';
import { EXIT_END, EXIT_NATURAL, LiveSession, runSession } from '../../../src/sim/model/index.js';
import { minimalScenario } from './minimalScenario.js';

describe('in-room arms (per-viewer treatments, per-arm sufficient statistics)', () => {
  const scenario = minimalScenario({
    session: { durationMinutes: 30 },
    traffic: { arrivals: { kind: 'constant', perMinute: 200 } },
    audience: { segments: [{ id: 'all', share: 1, willingnessToPay: { medianByKind: { course: 100 }, sigma: 0.5 } }] },
    plan: [{ type: 'pitch', startMinute: 10, endMinute: 15, productId: 'course' }],
    purchase: { priceVsWillingness: -2.5, baseline: -2 },
  });
  const arms = [{ name: 'control' }, { name: 'double price', priceMultiplier: 2 }];
  const run = runSession(scenario, { seed: 9, replicate: 0, arms, assignArm: (viewer) => viewer % 2 });

  test('per-arm statistics add up to the run totals', () => {
    const result = run.arms!;
    expect(result.map((arm) => arm.name)).toEqual(['control', 'double price']);
    expect(result[0].viewers + result[1].viewers).toBe(run.funnel.arrived);
    expect(result[0].conversion.sum + result[1].conversion.sum).toBe(run.funnel.bought);
    expect(result[0].orders.sum + result[1].orders.sum).toBe(run.orders);
    expect(result[0].revenue.sum + result[1].revenue.sum).toBeCloseTo(run.revenue, 6);
    // Conversion is 0/1, so Σx² = Σx.
    expect(result[0].conversion.sumSquares).toBe(result[0].conversion.sum);
  });

  test('the arm with the doubled price converts less, and its buyers pay twice as much', () => {
    const [control, treated] = run.arms!;
    expect(treated.conversion.sum / treated.viewers).toBeLessThan(control.conversion.sum / control.viewers);
    expect(treated.revenue.sum / treated.orders.sum).toBeCloseTo(2 * (control.revenue.sum / control.orders.sum), 6);
  });

  test('without arms the result has no arms field, and an arm index out of range is an error', () => {
    expect(runSession(scenario, { seed: 9, replicate: 0 }).arms).toBeUndefined();
    expect(() => new LiveSession(scenario, { seed: 9, replicate: 0, arms, assignArm: () => 5 }).run()).toThrow(/assignArm returned 5/);
  });

  test('onViewerLeave sees every viewer once, with their columns, before the slot is freed', () => {
    let viewers = 0;
    let revenue = 0;
    const reasons = new Set<number>();
    const result = runSession(scenario, {
      seed: 9,
      replicate: 1,
      onViewerLeave: (session, slot, exitTime, reason) => {
        viewers++;
        revenue += session.table.revenue[slot];
        reasons.add(reason);
        expect(exitTime).toBeGreaterThanOrEqual(session.table.arrival[slot]);
      },
    });
    expect(viewers).toBe(result.funnel.arrived);
    expect(revenue).toBeCloseTo(result.revenue, 6);
    expect([...reasons].sort()).toEqual([EXIT_NATURAL, EXIT_END]);
  });
});
