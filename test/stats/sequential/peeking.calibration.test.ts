import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addStats,
  bayesianComparison,
  compareMeans,
  compareProportions,
  EMPTY_STATS,
  msprt,
  sequentialComparison,
  sequentialSampleSize,
  type MetricStats,
} from '../../../src/stats/index.js';
import { createStream, normal } from '../../../src/sim/random/index.js';
import { binomialBand, describeRate } from './support/binomialBand.js';
import { calibrationSize } from './support/calibrationSize.js';
import { generateArm, NO_EFFECT } from './support/calibrationData.js';

/**
 * Continuous peeking: A/A experiments analyzed after every batch of 100 viewers per arm, 50 looks
 * (10,000 viewers in all). A test "fires" if any look rejects at alpha 0.05. The naive fixed-
 * horizon tests fire far more often than 5%; the confidence sequences and the mSPRT must not.
 * A second run checks the sequential-aware sample size: with the planned N, the confidence
 * sequence rejects a true effect at the final look with the planned power.
 */
const SEED = 7_000_001;
const BATCH = 100;
const LOOKS = 50;
const ALPHA = 0.05;
const size = calibrationSize();
const R = size.peekingReplicates;

const fired: Record<string, number> = {};
const fire = (key: string, hit: boolean): void => {
  fired[key] = (fired[key] ?? 0) + (hit ? 1 : 0);
};
const power = { replicates: size.name === 'ci' ? 1000 : 4000, planned: 0, total: 0, finalLook: 0, anyLook: 0 };

function peekOnce(r: number): Record<string, boolean> {
  const controlStream = createStream(SEED, r, 'peek-control');
  const treatmentStream = createStream(SEED, r, 'peek-treatment');
  let c = { spend: EMPTY_STATS, purchase: EMPTY_STATS };
  let t = { spend: EMPTY_STATS, purchase: EMPTY_STATS };
  const ever: Record<string, boolean> = {};
  const mark = (key: string, hit: boolean): void => {
    ever[key] = (ever[key] ?? false) || hit;
  };
  let msprtP = 1;
  for (let look = 0; look < LOOKS; look++) {
    const bc = generateArm(controlStream, BATCH, NO_EFFECT);
    const bt = generateArm(treatmentStream, BATCH, NO_EFFECT);
    c = { spend: addStats(c.spend, bc.spend), purchase: addStats(c.purchase, bc.purchase) };
    t = { spend: addStats(t.spend, bt.spend), purchase: addStats(t.purchase, bt.purchase) };
    mark('naive Welch (spend)', compareMeans(c.spend, t.spend).absolute.pValue < ALPHA);
    mark('naive z-test (purchase)', compareProportions(c.purchase, t.purchase).absolute.pValue < ALPHA);
    const sequentialSpend = sequentialComparison(c.spend, t.spend);
    mark('sequential CS, absolute (spend)', sequentialSpend.absolute.pValue <= ALPHA);
    mark('sequential CS, relative (spend)', (sequentialSpend.relative?.pValue ?? 1) <= ALPHA);
    mark('sequential CS (purchase)', sequentialComparison(c.purchase, t.purchase, { kind: 'proportion' }).absolute.pValue <= ALPHA);
    msprtP = msprt(c.purchase, t.purchase, { alpha: ALPHA, previousPValue: msprtP }).pValue;
    mark('mSPRT (purchase)', msprtP <= ALPHA);
    mark('Bayesian chance to win > 0.95 (spend)', (bayesianComparison(c.spend, t.spend).result?.chanceToWin ?? 0) > 0.95);
  }
  return ever;
}

/** Normal data, effect 0.2 sd-units of 2: does the CS reach the planned power at the planned N? */
function powerRun(): void {
  const design = { kind: 'mean' as const, baseline: 10, sd: 2, alpha: ALPHA, sides: 'two' as const, split: [50, 50] as const };
  const plan = sequentialSampleSize(design, { value: 0.2, relative: false }, 0.8);
  power.planned = plan.power;
  power.total = plan.total;
  for (let r = 0; r < power.replicates; r++) {
    const draw = normal(createStream(SEED, r, 'power'))(0, 1);
    let c: MetricStats = EMPTY_STATS;
    let t: MetricStats = EMPTY_STATS;
    let any = false;
    let last = false;
    for (let done = 0; done < plan.perArm[0]; done += BATCH * 5) {
      const units = Math.min(BATCH * 5, plan.perArm[0] - done);
      c = addStats(c, batchOf(units, () => 10 + 2 * draw()));
      t = addStats(t, batchOf(units, () => 10.2 + 2 * draw()));
      last = sequentialComparison(c, t).absolute.pValue <= ALPHA;
      any ||= last;
    }
    power.finalLook += last ? 1 : 0;
    power.anyLook += any ? 1 : 0;
  }
}

function batchOf(units: number, value: () => number): MetricStats {
  let sum = 0;
  let sumSquares = 0;
  for (let i = 0; i < units; i++) {
    const x = value();
    sum += x;
    sumSquares += x * x;
  }
  return { n: units, sum, sumSquares };
}

beforeAll(() => {
  for (let r = 0; r < R; r++) for (const [key, hit] of Object.entries(peekOnce(r))) fire(key, hit);
  powerRun();
}, 1_200_000);

afterAll(() => {
  const lines = [`continuous peeking, ${size.name} size: ${R} A/A replicates, ${LOOKS} looks of ${BATCH} viewers per arm`];
  lines.push('share of experiments in which any look rejects at alpha 0.05:');
  for (const [key, hits] of Object.entries(fired)) lines.push(`  ${describeRate(key, hits, R)}`);
  lines.push(`sequential sample size: N = ${power.total} for planned final-look power ${power.planned.toFixed(4)}`);
  lines.push(`  ${describeRate('rejected at the final look', power.finalLook, power.replicates)}`);
  lines.push(`  ${describeRate('rejected at any look (every 500 per arm)', power.anyLook, power.replicates)}`);
  console.log(lines.join('\n'));
});

describe(`continuous peeking (${size.name})`, () => {
  it.each(['sequential CS, absolute (spend)', 'sequential CS, relative (spend)', 'sequential CS (purchase)', 'mSPRT (purchase)'])(
    '%s keeps the false-positive rate at or below alpha',
    (key) => {
      expect(fired[key] / R).toBeLessThanOrEqual(ALPHA);
    },
  );

  it.each(['naive Welch (spend)', 'naive z-test (purchase)'])('%s is inflated well above alpha', (key) => {
    // Above the upper end of the 99% band of a 5% rate: peeking inflates the error.
    expect(fired[key] / R).toBeGreaterThan(binomialBand(R, ALPHA)[1]);
  });

  it('the sequential-aware sample size reaches the planned power at the final look', () => {
    const [low, high] = binomialBand(power.replicates, power.planned);
    expect(power.finalLook / power.replicates).toBeGreaterThanOrEqual(low);
    expect(power.finalLook / power.replicates).toBeLessThanOrEqual(high);
    expect(power.anyLook).toBeGreaterThanOrEqual(power.finalLook);
  });
});
