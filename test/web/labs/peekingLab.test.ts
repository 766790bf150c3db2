import { describe, expect, it } from 'vitest';
import { peekingLab } from '../../../src/web/labs/peekingLab.js';

const settings = { seed: 3, looks: 15, viewersPerSession: 100, conversion: 0.1, alpha: 0.05, trials: 400 };
const at = (points: ReturnType<typeof peekingLab>, rule: string, looks: number) => points.find((point) => point.rule === rule && point.looks === looks)!;

describe('peekingLab', () => {
  const points = peekingLab(settings);

  it('is reproduced from its seed, and another seed gives other experiments', () => {
    expect(peekingLab(settings)).toEqual(points);
    expect(peekingLab({ ...settings, seed: 4 })).not.toEqual(points);
  });

  it('one look holds α; stopping at the first significant look of 15 inflates it well past α (seeded, 400 experiments)', () => {
    // Armitage, McPherson & Rowe (1969): 15 looks at α = 0.05 give about 0.2; the 95% Wilson interval must exclude 0.05.
    const naive = at(points, 'stop at the first p < α', 15);
    expect(naive.lo).toBeGreaterThan(0.1);
    expect(at(points, 'one look at the end', 15).lo).toBeLessThan(0.05);
    expect(at(points, 'one look at the end', 15).hi).toBeGreaterThan(0.05);
  });

  it('the always-valid p stays at or below α, and the naive rate never falls as looks are added', () => {
    expect(at(points, 'always-valid p (mSPRT)', 15).lo).toBeLessThanOrEqual(0.05);
    const naive = points.filter((point) => point.rule === 'stop at the first p < α').map((point) => point.falsePositiveRate);
    for (let index = 1; index < naive.length; index++) expect(naive[index]).toBeGreaterThanOrEqual(naive[index - 1]);
  });
});
