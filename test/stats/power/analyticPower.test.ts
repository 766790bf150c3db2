import { describe, expect, it } from 'vitest';
import {
  minimumDetectableEffect,
  powerAtDelta,
  powerCurve,
  powerForEffect,
  sampleSizeCurve,
  sampleSizeForEffect,
  type Effect,
  type PowerDesign,
} from '../../../src/stats/index.js';
import { expectClose, loadFixture } from '../goldenHelpers.js';

interface SampleSizeCase {
  design: PowerDesign;
  effect: Effect;
  power: number;
  exactTotal: number;
  perArm: [number, number];
  achievedPower: number;
  absolute: number;
}
interface MdeCase {
  design: PowerDesign;
  totalUnits: number;
  power: number;
  mde: number | null;
  effects: number[];
  powers: number[];
}

const cases = loadFixture<(SampleSizeCase | MdeCase)[]>('core_power.json');
const sampleSizeCases = cases.filter((c): c is SampleSizeCase => 'perArm' in c);
const mdeCases = cases.filter((c): c is MdeCase => 'totalUnits' in c);
const label = (d: PowerDesign): string => `${d.kind} ${d.baseline} α=${d.alpha} ${d.sides} ${d.split.join('/')}`;

describe('sampleSizeForEffect against scipy (norm + brentq)', () => {
  it.each(sampleSizeCases.map((c) => [`${label(c.design)} effect ${c.effect.value}${c.effect.relative ? ' rel' : ''} power ${c.power}`, c] as const))(
    '%s',
    (_name, c) => {
      const plan = sampleSizeForEffect(c.design, c.effect, c.power);
      expectClose(plan.exactTotal, c.exactTotal, 'exact total', 1e-9);
      expect(plan.perArm).toEqual(c.perArm);
      expect(plan.total).toBe(c.perArm[0] + c.perArm[1]);
      expectClose(plan.power, c.achievedPower, 'achieved power', 1e-9);
      expect(plan.power).toBeGreaterThanOrEqual(c.power);
      expectClose(plan.effect.absolute, c.absolute, 'absolute effect', 1e-12);
    },
  );
});

describe('minimumDetectableEffect and powerForEffect against scipy', () => {
  it.each(mdeCases.map((c) => [`${label(c.design)} N=${c.totalUnits}`, c] as const))('%s', (_name, c) => {
    const mde = minimumDetectableEffect(c.design, c.totalUnits, c.power);
    if (c.mde === null) expect(mde).toBeNull();
    else expectClose(mde!.absolute, c.mde, 'mde', 1e-9);
    c.effects.forEach((effect, i) => {
      expectClose(powerForEffect(c.design, c.totalUnits, { value: effect, relative: false }), c.powers[i], `power at ${effect}`, 1e-9);
    });
  });
});

describe('power conventions', () => {
  const proportion: PowerDesign = { kind: 'proportion', baseline: 0.5, alpha: 0.05, sides: 'two', split: [50, 50] };
  it("reproduces R's power.prop.test(p1 = .5, p2 = .75, power = .9): n = 76.7 per group", () => {
    // R ignores the far rejection region (strict = FALSE); with it included n barely moves.
    const plan = sampleSizeForEffect(proportion, { value: 0.25, relative: false }, 0.9);
    expect(plan.exactTotal / 2).toBeCloseTo(76.7, 1);
    expect(plan.perArm).toEqual([77, 77]);
  });
  it('one-sided mean MDE is the closed form (z₁₋α + z_power)·σ·√(1/n_c + 1/n_t)', () => {
    const design: PowerDesign = { kind: 'mean', baseline: 10, sd: 2, alpha: 0.05, sides: 'greater', split: [30, 70] };
    const mde = minimumDetectableEffect(design, 1000, 0.8)!;
    const closedForm = (1.6448536269514722 + 0.8416212335729143) * 2 * Math.sqrt(1 / 300 + 1 / 700);
    expectClose(mde.absolute, closedForm, 'mde', 1e-9);
    expectClose(mde.relative, closedForm / 10, 'relative mde', 1e-9);
  });
  it("'less' plans a decrease; power is alpha at effect 0 and increases with the effect and the sample", () => {
    const design: PowerDesign = { ...proportion, baseline: 0.2, sides: 'less' };
    expect(sampleSizeForEffect(design, { value: 0.1, relative: true }, 0.8).effect.absolute).toBeCloseTo(-0.02, 15);
    expect(powerAtDelta({ ...proportion, baseline: 0.2 }, 1000, 0)).toBeCloseTo(0.05, 12);
    const curve = powerCurve(proportion, 2000, [0.01, 0.02, 0.05, 0.1].map((value) => ({ value, relative: false })));
    expect(curve.map((p) => p.power)).toEqual([...curve.map((p) => p.power)].sort((a, b) => a - b));
    const bySize = sampleSizeCurve(proportion, { value: 0.02, relative: false }, [1000, 5000, 20000]);
    expect(bySize[0].power).toBeLessThan(bySize[2].power);
  });
  it('returns null when no effect in range reaches the power; rejects impossible designs', () => {
    expect(minimumDetectableEffect({ ...proportion, baseline: 0.99 }, 20, 0.99)).toBeNull();
    expect(() => sampleSizeForEffect({ ...proportion, baseline: 1.2 }, { value: 0.1, relative: false }, 0.8)).toThrow(RangeError);
    expect(() => sampleSizeForEffect(proportion, { value: 0.6, relative: false }, 0.8)).toThrow(RangeError);
    expect(() => sampleSizeForEffect({ kind: 'mean', baseline: 1, alpha: 0.05, sides: 'two', split: [1, 1] }, { value: 1, relative: false }, 0.8)).toThrow(RangeError);
  });
});
