import { describe, expect, test } from 'vitest';
import { drawCoefficients } from '../../src/fit/drawCoefficients.js';
import type { FitEstimate } from '../../src/sim/scenario/fitRecord.js';
import { smallPlan } from './fitFixtures.js';

const plan = smallPlan();
const estimates: FitEstimate[] = [
  { path: 'audience.segments[0].share', value: 0.6, se: 0.05, interval: [0.518, 0.682], method: 'multinomial-mle', held: false },
  { path: 'audience.segments[1].share', value: 0.4, se: 0.05, interval: [0.318, 0.482], method: 'multinomial-mle', held: false },
  { path: 'audience.segments[0].watchTime.meanMinutes', value: 6, se: 0.6, interval: [6 * Math.exp(-0.1 * 1.6448536269514722), 6 * Math.exp(0.1 * 1.6448536269514722)], method: 'censored-mle', held: false },
  { path: 'purchase.interest', value: 1.5, prior: 1.5, method: 'held', held: true },
];

describe('drawCoefficients', () => {
  test('draws differ by draw index and repeat for the same one; shares still sum to 1; held coefficients stay', () => {
    const a = drawCoefficients(plan, estimates, 3, 0);
    const again = drawCoefficients(plan, estimates, 3, 0);
    const b = drawCoefficients(plan, estimates, 3, 1);
    expect(again).toEqual(a);
    expect(b.audience.segments[0].share).not.toBe(a.audience.segments[0].share);
    for (const draw of [a, b]) {
      expect(draw.audience.segments[0].share + draw.audience.segments[1].share).toBeCloseTo(1, 12);
      expect(draw.purchase.interest).toBe(1.5);
    }
  });

  test('a log-scale estimate is drawn as θ·e^(sZ): over 400 draws the log mean and sd match', () => {
    const logs = Array.from({ length: 400 }, (_, draw) => {
      const watch = drawCoefficients(plan, estimates, 9, draw).audience.segments[0].watchTime;
      return Math.log((watch as { meanMinutes: number }).meanMinutes);
    });
    const mean = logs.reduce((x, y) => x + y, 0) / logs.length;
    const sd = Math.sqrt(logs.reduce((sum, x) => sum + (x - mean) ** 2, 0) / (logs.length - 1));
    expect(Math.abs(mean - Math.log(6))).toBeLessThan(4 * 0.1 / Math.sqrt(400));
    expect(Math.abs(sd / 0.1 - 1)).toBeLessThan(0.15);
  });
});

describe('drawCoefficients near a bound', () => {
  test('a probability whose interval reaches near 0 is never drawn below 0 (a draw the scenario would reject)', () => {
    const near: FitEstimate[] = [{ path: 'traffic.referral.shareProbability', value: 0.04, se: 0.025, interval: [0.0007, 0.081], method: 'poisson-moment', held: false }];
    for (let draw = 0; draw < 200; draw++) expect(drawCoefficients(plan, near, 1, draw).traffic.referral.shareProbability).toBeGreaterThanOrEqual(0);
  });
});
