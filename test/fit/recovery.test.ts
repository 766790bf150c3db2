import { describe, expect, test } from 'vitest';
import { recover } from './fitFixtures.js';

describe('parameter recovery (sessions simulated from known coefficients, exported, fitted)', () => {
  test('every estimate lies within 4 standard errors of the truth, and most 90% intervals cover it', () => {
    const estimates = recover(101);
    const paths = estimates.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining([
      'traffic.followerNotification.openRate', 'audience.segments[1].watchTime.sigma', 'plan[1].effects.leaveMultiplier',
      'audience.segments[0].engagement.chatsPerMinute', 'purchase.baseline', 'purchase.clickLift',
    ]));
    for (const e of estimates) expect(Math.abs(e.value - e.truth), e.path).toBeLessThan(4 * e.se!);
    const covered = estimates.filter((e) => e.interval![0] <= e.truth && e.truth <= e.interval![1]).length;
    expect(covered / estimates.length).toBeGreaterThan(0.75);
  });
});

describe('coverage calibration, CI size (the full one: npm run calibrate)', () => {
  test('over three seeds, the 90% intervals of all estimators together cover the truth 80–97% of the time', () => {
    let covered = 0;
    let total = 0;
    for (const seed of [7, 8, 9]) {
      for (const e of recover(seed)) {
        total++;
        if (e.interval![0] <= e.truth && e.truth <= e.interval![1]) covered++;
      }
    }
    expect(total).toBeGreaterThan(80);
    expect(covered / total).toBeGreaterThan(0.8);
    expect(covered / total).toBeLessThan(0.97);
  });
});
