import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fitPlan } from '../../src/fit/index.js';
import { exportSessions, smallPlan } from './fitFixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'livelift-fit-consideration-'));

describe('considerationMinutes from the time to first purchase (simulated moments)', () => {
  test('a weak pitch (the small plan: ad effect 0.4 beside the link\'s and the sale\'s): held, with the reason', () => {
    const file = join(dir, 'weak.csv');
    exportSessions(smallPlan(), 33, 2, file);
    const { record } = fitPlan({ scenario: smallPlan(), planFile: 'plan.json', viewers: [file], settings: { seed: 34, simulationReplicates: 2 } });
    const tau = record.estimates.find((e) => e.path === 'purchase.considerationMinutes')!;
    expect(tau).toMatchObject({ held: true, value: 3 });
    expect(tau.note).toMatch(/barely moves/);
  });
});
