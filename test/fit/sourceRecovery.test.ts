import { describe, expect, test } from 'vitest';
import { recoverSources } from './sourceFixtures.js';

describe('fit recovers traffic sources, bounce and recommendation (three simulated sessions)', () => {
  test('every new estimate within 4 standard errors of the truth; what the data cannot speak to is held and flagged', () => {
    const { record, fitted, at, rows } = recoverSources(5);
    if (process.env.FIT_VERBOSE) console.table(rows);
    for (const row of rows) {
      expect(row.held, row.path).toBe(false);
      expect(Math.abs(row.value - row.truth), `${row.path}: ${row.value} vs ${row.truth} (se ${row.se})`).toBeLessThan(4 * row.se);
    }
    // Held and flagged: the reference sources, a source that brought nobody, the bounce time scale, the pool's other settings.
    expect(at('traffic.sources.organic.patienceMultiplier').held).toBe(true);
    expect(at('traffic.sources.organic.trustShift').held).toBe(true);
    expect(at('traffic.sources.referral.trustShift').note).toMatch(/only 0 buyers/);
    expect(at('traffic.sources.referral.segmentShares.keen').note).toMatch(/only 0 viewers/);
    expect(at('audience.segments[0].bounce.meanSeconds').held).toBe(true);
    expect(at('traffic.recommendation.cap').held).toBe(true);
    // The organic steps are refitted net of the recommendation response (one estimate per path).
    expect(record.estimates.filter((e) => e.path === 'traffic.arrivals.points[0][1]')).toHaveLength(1);
    expect(at('traffic.arrivals.points[0][1]').method).toBe('poisson-profile-mle');
    expect(fitted.traffic.sources.followers.patienceMultiplier).toBe(at('traffic.sources.followers.patienceMultiplier').value);
  });
});
