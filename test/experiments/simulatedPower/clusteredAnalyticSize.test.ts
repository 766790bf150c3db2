import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { clusteredAnalyticSize } from '../../../src/experiments/simulatedPower/clusteredAnalyticSize.js';
import { GROUP_LENGTH, sumIndex, variableIndex } from '../../../src/experiments/world/ViewerSums.js';

interface ClusteredCase {
  name: string;
  control: [number, number][];
  treatment: [number, number][];
  alpha: number;
  sides: 'two' | 'greater' | 'less';
  target: number;
  sessions: number;
}

const cases = (JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'power_reference.json'), 'utf8')) as { clustered: ClusteredCase[] }).clustered;

/** A session's ViewerSums with `viewers` viewers of whom `buyers` bought (what conversion reads). */
function sessionSums([buyers, viewers]: [number, number]): number[] {
  const sums = new Array<number>(GROUP_LENGTH).fill(0);
  const bought = variableIndex('bought');
  sums[sumIndex(0, 0)] = viewers;
  sums[sumIndex(0, bought)] = buyers;
  sums[sumIndex(bought, bought)] = buyers;
  return sums;
}

describe('clusteredAnalyticSize against numpy (cluster-trial formula, linearised ratio variance)', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const sessions = clusteredAnalyticSize({
      metric: 'conversion',
      control: c.control.map(sessionSums),
      treatment: c.treatment.map(sessionSums),
      alpha: c.alpha,
      sides: c.sides,
      targetPower: c.target,
    });
    expect(Math.abs(sessions! - c.sessions)).toBeLessThanOrEqual(1e-9 * c.sessions);
  });

  it('is null without variation, without an effect, or with one session', () => {
    const same = [sessionSums([10, 100]), sessionSums([12, 100])];
    const options = { metric: 'conversion', alpha: 0.05, sides: 'two', targetPower: 0.8 } as const;
    expect(clusteredAnalyticSize({ ...options, control: same, treatment: same })).toBeNull();
    expect(clusteredAnalyticSize({ ...options, control: [sessionSums([10, 100])], treatment: same })).toBeNull();
    expect(clusteredAnalyticSize({ ...options, control: [sessionSums([10, 100]), sessionSums([10, 100])], treatment: [sessionSums([20, 100]), sessionSums([20, 100])] })).toBeNull();
  });
});
