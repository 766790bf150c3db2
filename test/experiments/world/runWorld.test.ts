import { describe, expect, it } from 'vitest';
import { runWorld } from '../../../src/experiments/world/runWorld.js';
import { rawSum, sumIndex, variableIndex } from '../../../src/experiments/world/ViewerSums.js';
import { parseScenario } from '../../../src/sim/scenario/index.js';
import { tinyRoom } from '../helpers.js';

const scenario = parseScenario(tinyRoom());
const treatments = [{ name: 'control' }, { name: 'coupon', couponOnArrival: { value: 20, adEffect: 0.3 } }];
const total = (groups: number[][], variable: Parameters<typeof variableIndex>[0]) =>
  groups.reduce((sum, group) => sum + rawSum(group, variableIndex(variable)), 0);

describe('runWorld', () => {
  it('the per-viewer sums add up to the session totals of the model', () => {
    const world = runWorld({ scenario, treatments, assignment: { kind: 'random', weights: [1, 1] }, seed: 3, streamIndex: 0, covariate: 'willingnessToPay' });
    expect(total(world.groups, 'one')).toBe(world.viewers);
    expect(total(world.groups, 'orders')).toBe(world.orders);
    expect(total(world.groups, 'revenue')).toBeCloseTo(world.revenue, 6);
    expect(world.groups.every((group) => group[sumIndex(0, 0)] > 20)).toBe(true);
    expect(total(world.groups, 'covariate')).not.toBe(0);
  });
  it('worlds on the same stream share viewers (common random numbers); a fixed arm takes everyone', () => {
    const all = (arm: number) => runWorld({ scenario, treatments, assignment: { kind: 'fixed', arm }, seed: 3, streamIndex: 0, covariate: 'arrivalInterest' });
    const [control, coupon] = [all(0), all(1)];
    expect(control.groups[1][sumIndex(0, 0)]).toBe(0);
    expect(coupon.groups[0][sumIndex(0, 0)]).toBe(0);
    // Arrival interest is drawn on arrival: the same viewers bring the same covariate.
    expect(rawSum(coupon.groups[1], variableIndex('covariate'))).toBeCloseTo(rawSum(control.groups[0], variableIndex('covariate')), 9);
    expect(coupon.revenue).not.toBe(control.revenue);
  });
  it('a switchback assigns each viewer the group of their arrival block', () => {
    const blocks = runWorld({ scenario, treatments: [treatments[0], treatments[1], treatments[0]], assignment: { kind: 'blocks', blockSeconds: 600 }, seed: 3, streamIndex: 0, covariate: 'none' });
    expect(blocks.groups).toHaveLength(3);
    expect(blocks.groups.every((group) => group[sumIndex(0, 0)] > 0)).toBe(true);
  });
});
