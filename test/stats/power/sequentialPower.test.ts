import { describe, expect, it } from 'vitest';
import {
  sequentialMinimumDetectableEffect,
  sequentialPowerAtDelta,
  sequentialPowerForEffect,
  sequentialSampleSize,
  type SequentialPowerDesign,
} from '../../../src/stats/power/sequentialPower.js';
import { powerAtDelta, type Effect } from '../../../src/stats/index.js';
import { expectClose, loadFixture } from '../goldenHelpers.js';

interface SampleSizeCase {
  design: SequentialPowerDesign;
  effect: Effect;
  power: number;
  expected: { exactTotal: number; perArm: [number, number]; power: number; absolute: number };
}
interface MdeCase {
  design: SequentialPowerDesign;
  totalUnits: number;
  power: number;
  expected: { absolute: number } | null;
}

const { power } = loadFixture<{ power: { sampleSize: SampleSizeCase[]; minimumDetectableEffect: MdeCase[] } }>('advanced_sequential.json');

describe('sequentialSampleSize (golden: scipy root of the final-look power)', () => {
  it.each(power.sampleSize.map((c, i) => [i, c] as const))('case %i', (_, c) => {
    const plan = sequentialSampleSize(c.design, c.effect, c.power);
    expectClose(plan.exactTotal, c.expected.exactTotal, 'exact total', 1e-9);
    expect(plan.perArm).toEqual(c.expected.perArm);
    expectClose(plan.power, c.expected.power, 'achieved power', 1e-9);
    expectClose(plan.effect.absolute, c.expected.absolute, 'absolute effect', 1e-12);
    expect(plan.power).toBeGreaterThanOrEqual(c.power);
    // Peeking costs units: more than the fixed horizon, but not absurdly more.
    expect(plan.inflation).toBeGreaterThan(1.2);
    expect(plan.inflation).toBeLessThan(4);
  });
});

describe('sequentialMinimumDetectableEffect (golden)', () => {
  it.each(power.minimumDetectableEffect.map((c, i) => [i, c] as const))('case %i', (_, c) => {
    const mde = sequentialMinimumDetectableEffect(c.design, c.totalUnits, c.power);
    if (c.expected === null) {
      expect(mde).toBeNull();
      return;
    }
    expectClose(mde!.absolute, c.expected.absolute, 'mde', 1e-9);
    expectClose(sequentialPowerAtDelta(c.design, c.totalUnits, mde!.absolute), c.power, 'power at mde', 1e-9);
  });
});

describe('sequential power', () => {
  const design: SequentialPowerDesign = { kind: 'mean', baseline: 10, sd: 2, alpha: 0.05, sides: 'two', split: [50, 50] };

  it('is below the fixed-horizon power at every sample size, and increases with it', () => {
    let previous = 0;
    for (const total of [100, 400, 1600, 3200, 6400]) {
      const sequential = sequentialPowerAtDelta(design, total, 0.2);
      expect(sequential).toBeLessThan(powerAtDelta(design, total, 0.2));
      expect(sequential).toBeGreaterThan(previous);
      previous = sequential;
    }
  });

  it('accepts relative effects and validates its inputs', () => {
    const relative = sequentialPowerForEffect(design, 4000, { value: 0.02, relative: true });
    expect(relative).toBeCloseTo(sequentialPowerAtDelta(design, 4000, 0.2), 14);
    expect(() => sequentialSampleSize(design, { value: 0, relative: false }, 0.8)).toThrow(/zero/);
    expect(() => sequentialPowerForEffect(design, 0, { value: 1, relative: false })).toThrow(RangeError);
    expect(() => sequentialSampleSize({ ...design, alpha: 0.6, sides: 'greater' }, { value: 1, relative: false }, 0.8)).toThrow(/alpha/);
  });
});
