import { describe, expect, it } from 'vitest';
import {
  capThreshold,
  capValue,
  capValues,
  confidenceSequence,
  gaussianBayesian,
  probabilityBetaGreater,
  quantileSorted,
  sequentialRho,
  sequentialSampleSize,
} from '../../../src/stats/index.js';

/** Every `@example` in the doc comments of the sequential, Bayesian, robust and power modules. */
describe('doc comment examples', () => {
  it('sequential', () => {
    expect(sequentialRho(0.05, 5000)).toBeCloseTo(0.03984006677137368, 15);
    const ci = confidenceSequence({ estimate: 0.1, se: 0.04 }, 2000).ci;
    expect(ci[0]).toBeCloseTo(-0.02495, 5);
    expect(ci[1]).toBeCloseTo(0.22495, 5);
  });

  it('Bayesian', () => {
    expect(gaussianBayesian({ estimate: 0.02, se: 0.01 }).chanceToWin).toBeCloseTo(0.9772498680518208, 14);
    expect(probabilityBetaGreater({ alpha: 11, beta: 91 }, { alpha: 21, beta: 81 }).probability).toBeCloseTo(0.97517, 5);
  });

  it('robust', () => {
    expect(capThreshold([1, 2, 3, 4, 100], { percentile: 75 })).toBe(4);
    expect(capValues([1, 5, 9], 6)).toEqual({ values: Float64Array.from([1, 5, 6]), threshold: 6, cappedCount: 1 });
    expect(capValue(120, 99.5)).toBe(99.5);
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
  });

  it('sequential power', () => {
    const plan = sequentialSampleSize({ kind: 'proportion', baseline: 0.1, alpha: 0.05, sides: 'two', split: [50, 50] }, { value: 0.02, relative: false }, 0.8);
    expect(plan.perArm).toEqual([7589, 7589]);
    expect(plan.fixedHorizonTotal).toBe(2 * 3841);
    expect(plan.inflation).toBeCloseTo(1.98, 2);
  });
});
