import { describe, expect, it } from 'vitest';
import { powerLab } from '../../../src/web/labs/powerLab.js';

describe('powerLab', () => {
  const settings = { seed: 5, baseline: 0.1, lift: 0.3, alpha: 0.05, maxViewers: 2400, trials: 300 };
  const points = powerLab(settings);

  it('is reproduced from its seed', () => {
    expect(powerLab(settings)).toEqual(points);
  });

  it('simulated power agrees with the formula within its 95% Wilson interval (widened by 0.03 for 8 sizes at once)', () => {
    const simulated = points.filter((point) => point.curve === 'simulation');
    const formula = points.filter((point) => point.curve === 'formula');
    simulated.forEach((point, index) => {
      expect(formula[index].power, `size ${point.size}`).toBeGreaterThanOrEqual(point.lo! - 0.03);
      expect(formula[index].power, `size ${point.size}`).toBeLessThanOrEqual(point.hi! + 0.03);
    });
    expect(formula.at(-1)!.power).toBeGreaterThan(formula[0].power);
  });

  it('refuses a lift that takes the treatment rate out of (0, 1)', () => {
    expect(() => powerLab({ ...settings, baseline: 0.5, lift: 1.2 })).toThrow(/must be in \(0, 1\)/);
  });
});
