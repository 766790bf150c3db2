import { describe, expect, test } from 'vitest';
import { recover } from './fitFixtures.js';

describe('parameter recovery (sessions simulated from known coefficients, exported, fitted)', () => {
  // Three seeds, three sessions each; the full coverage calibration (40 seeds) is in
  // coverage.calibration.test.ts (npm run calibrate).
  const runs = [7, 8, 9].map((seed) => recover(seed));

  test('every kind of coefficient is estimated, and each estimate lies within 4 standard errors of the truth', () => {
    const paths = runs[0].map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining([
      'traffic.arrivals.points[0][1]', 'traffic.followerNotification.openRate', 'traffic.followerNotification.decayMinutes',
      'audience.segments[0].share', 'audience.segments[0].watchTime.meanMinutes', 'audience.segments[1].watchTime.sigma',
      'plan[1].effects.leaveMultiplier', 'audience.segments[0].engagement.chatsPerMinute',
      'audience.segments[1].engagement.propensityDispersion', 'purchase.baseline', 'purchase.clickLift',
    ]));
    for (const e of runs.flat()) expect(Math.abs(e.value - e.truth), e.path).toBeLessThan(4 * e.se!);
  });

  test('coverage, CI size: the 90% intervals of all estimators together cover the truth 80–97% of the time', () => {
    const all = runs.flat();
    const covered = all.filter((e) => e.interval![0] <= e.truth && e.truth <= e.interval![1]).length;
    expect(all.length).toBeGreaterThan(80);
    expect(covered / all.length).toBeGreaterThan(0.8);
    expect(covered / all.length).toBeLessThan(0.97);
  });
});
