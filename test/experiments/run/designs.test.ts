import { describe, expect, it } from 'vitest';
import { experimentContrasts } from '../../../src/experiments/replicateAnalysis/contrasts.js';
import { runExperimentCommand as experimentCommand } from '../../../src/cli/commands/experiment.js';
import { runExperiment } from '../../../src/experiments/run/runExperiment.js';
import { simulateReplicate } from '../../../src/experiments/world/simulateReplicate.js';
import { experimentPayload } from '../../../src/experiments/run/runExperiment.js';
import { COUPON_LINK_FACTORIAL, fixturePath, inlineExperiment, NO_COUPLING, tinyRoom } from '../helpers.js';


describe('factorial designs', () => {
  const loaded = inlineExperiment({ scenario: tinyRoom({ purchase: NO_COUPLING }), design: COUPON_LINK_FACTORIAL, metrics: { primary: 'conversion', secondary: [] } });

  it('expands to every combination and reports main effects and interactions', () => {
    expect(loaded.arms.map((arm) => arm.name)).toEqual(['none.pinned', 'none.popup', 'none.pinned2', 'c30.pinned', 'c30.popup', 'c30.pinned2']);
    const contrasts = experimentContrasts(loaded);
    expect(contrasts.map((c) => `${c.kind}: ${c.name}`)).toEqual([
      'main: coupon=c30', 'main: link=popup', 'main: link=pinned2',
      'interaction: coupon=c30 × link=popup', 'interaction: coupon=c30 × link=pinned2',
    ]);
    expect(contrasts[0]).toMatchObject({ treatment: [3, 4, 5], control: [0, 1, 2], isNull: false });
    expect(contrasts[1]).toMatchObject({ treatment: [1, 4], control: [0, 3] });
    expect(contrasts[3]).toMatchObject({ treatment: [4], control: [3], minus: { treatment: [1], control: [0] } });
    // A level that changes nothing is a null main effect: its rejections are false positives.
    expect(contrasts[2].isNull).toBe(true);
  });

  it('runs: the coupon\'s main effect is positive, the null level has no true effect, interactions are absolute', async () => {
    const result = await runExperiment(loaded, { replicates: 3, workers: 1 });
    expect(result.design).toBe('factorial');
    const [coupon, , same, interaction] = result.comparisons;
    // Clearly positive. Measured (test/experiments/run/thresholds.calibration.test.ts): 6.3 points at
    // 40 replicates; 4.5–8.4 points at this test's 3 replicates over seeds 1–8. The threshold is about
    // half the true effect: it fails if the coupon's effect halves, and sits 1.5 points below the lowest seed.
    expect(coupon.truth.absolute).toBeGreaterThan(0.03);
    expect(same.truth.absolute).toBe(0);
    expect(same.falsePositiveRate).not.toBeNull();
    expect(interaction.truth.relative).toBeNull();
    expect(interaction.estimate.relative).toBeNull();
    expect(result.arms).toHaveLength(6);
  });
});

describe('other designs and units', () => {
  it('identical arms share their simulations; session units allocate sessions by weight', () => {
    const loaded = inlineExperiment({
      scenario: tinyRoom(),
      design: { kind: 'ab', arms: [{ name: 'a', weight: 1 }, { name: 'b', weight: 3, set: { 'products[0].price': 89 } }, { name: 'a2', weight: 1 }] },
      unit: 'session',
      sessionsPerArm: 4,
    });
    const payload = experimentPayload(loaded, 5, 'test');
    expect(payload.arms.map((arm) => arm.sameAs)).toEqual([0, 1, 0]);
    const raw = simulateReplicate(payload, 0);
    expect(raw.sessions).toBe(12);
    expect([0, 1, 2].map((arm) => raw.cells.filter((cell) => cell.arm === arm).length)).toEqual([3, 7, 2]);
    const outcome = (arm: number) => raw.potential.find((p) => p.slot === 0 && p.arm === arm);
    expect(outcome(2)?.sums).toEqual(outcome(0)?.sums);
    expect(outcome(1)?.sums).not.toEqual(outcome(0)?.sums);
  });

  it('a sweep design in a file runs as a sweep through livelift experiment', async () => {
    const text = await experimentCommand({ file: fixturePath('tiny-sweep.json'), replicates: 2, workers: 1, json: true });
    const result = JSON.parse(text);
    expect(result.kind).toBe('sweep');
    expect(result.points.map((point: { value: number }) => point.value)).toEqual([10, 30, 50]);
  });

  it('a bandit design is refused by the fixed-split runner with a pointer to its own runner', async () => {
    const loaded = inlineExperiment({ scenario: tinyRoom(), design: { kind: 'bandit', arms: [{ name: 'a' }, { name: 'b', overrides: { host: { charisma: 0.9 } } }] } });
    await expect(runExperiment(loaded, { replicates: 1 })).rejects.toThrow(/design\.kind: a bandit design is not a fixed-split test/);
  });
});
