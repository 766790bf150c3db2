import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fitPlan } from '../../src/fit/index.js';
import { exportSessions, smallPlan } from './fitFixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'livelift-fit-purchase-'));

/** The export without the named columns (a platform that does not record them). */
function without(file: string, drop: string[]): string {
  const lines = readFileSync(file, 'utf8').trim().split('\n').map((line) => line.split(','));
  const keep = lines[0].map((name, i) => (drop.includes(name) ? -1 : i)).filter((i) => i >= 0);
  const out = join(dir, `without-${drop.join('-')}.csv`);
  writeFileSync(out, `${lines.map((fields) => keep.map((i) => fields[i]).join(',')).join('\n')}\n`);
  return out;
}

describe('fitPurchase: what the data cannot speak to is held and flagged', () => {
  const full = join(dir, 'full.csv');
  exportSessions(smallPlan(), 21, 2, full);
  const estimate = (file: string, path: string) => fitPlan({ scenario: smallPlan(), planFile: 'plan.json', viewers: [file], settings: { simulationReplicates: 1 } }).record.estimates.find((e) => e.path === path)!;

  test('without a clicked column the click lift is held and the baseline still estimated', () => {
    const file = without(full, ['clicked']);
    expect(estimate(file, 'purchase.clickLift')).toMatchObject({ held: true, value: 1.5 });
    expect(estimate(file, 'purchase.baseline').held).toBe(false);
  });

  test('without orders both are held, with the reason', () => {
    const file = without(full, ['orders', 'revenue', 'clicked']);
    const baseline = estimate(file, 'purchase.baseline');
    expect(baseline).toMatchObject({ held: true, value: -3.5 });
    expect(baseline.note).toMatch(/too few orders/);
  });

  test('with timing "hazard" the weighing rates are held, each with its reason; the session spreads are estimated from two sessions', () => {
    const record = fitPlan({ scenario: smallPlan({ session: { variation: { enabled: true } } }), planFile: 'plan.json', viewers: [full], settings: { simulationReplicates: 1 } }).record;
    const find = (path: string) => record.estimates.find((e) => e.path === path)!;
    expect(find('purchase.considerations.pitchPerMinute')).toMatchObject({ held: true, value: 0.3 });
    expect(find('purchase.considerations.pitchPerMinute').note).toMatch(/not separable from the baseline/);
    expect(find('purchase.considerationMinutes').note).toMatch(/time to first purchase barely moves/);
    expect(find('purchase.priceVsWillingness').note).toMatch(/timing "moments" only/);
    expect(find('session.variation.warmthSd')).toMatchObject({ held: false, method: 'random-effects-moments' });
    expect(find('session.variation.trafficSd').note).toMatch(/over 2 sessions, net of sampling noise/);
  });

  test('one session cannot show the session spreads: they are held', () => {
    const one = join(dir, 'one.csv');
    exportSessions(smallPlan(), 21, 1, one);
    const record = fitPlan({ scenario: smallPlan({ session: { variation: { enabled: true } } }), planFile: 'plan.json', viewers: [one], settings: { simulationReplicates: 1 } }).record;
    expect(record.estimates.find((e) => e.path === 'session.variation.warmthSd')).toMatchObject({ held: true, value: 0.2 });
    expect(record.estimates.find((e) => e.path === 'session.variation.trafficSd')).toMatchObject({ held: true, value: 0.25 });
  });

  test('the baseline is matched with the session effects at their means: the variation settings do not move it', () => {
    const baseline = (variation: object) =>
      fitPlan({ scenario: smallPlan({ session: { variation } }), planFile: 'plan.json', viewers: [full], settings: { simulationReplicates: 1 } }).record.estimates.find((e) => e.path === 'purchase.baseline')!.value;
    expect(baseline({ enabled: true, warmthSd: 0.4, trafficSd: 0.5 })).toBe(baseline({ enabled: false }));
  });
});
