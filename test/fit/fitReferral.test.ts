import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { fitReferralTimes, referralLogLikelihood, type ReferralSession } from '../../src/fit/fitReferral.js';

/** Golden values from test/fit/fixtures/make_referral_fixture.py (numpy + scipy). */
const golden = JSON.parse(readFileSync(new URL('./fixtures/referral.golden.json', import.meta.url), 'utf8')) as {
  cases: { sessions: ReferralSession[]; perOrder: number; delaySeconds: number; logLikelihood: number; covariance: number[]; points: { perOrder: number; delaySeconds: number; logLikelihood: number }[] }[];
};

const close = (actual: number, expected: number, tolerance = 1e-6) => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(expected)));

describe('referral likelihood given purchase times, against scipy', () => {
  test.each(golden.cases.map((c, i) => [i, c] as const))('case %i', (_, c) => {
    for (const point of c.points) close(referralLogLikelihood(c.sessions, point.perOrder, point.delaySeconds), point.logLikelihood, 1e-9);
    const fit = fitReferralTimes(c.sessions)!;
    close(fit.perOrder, c.perOrder);
    close(fit.delaySeconds, c.delaySeconds);
    close(fit.logLikelihood, c.logLikelihood);
    // Inverse observed information: scipy's is a finite-difference Hessian (Richardson), good to ~1e-7.
    for (let i = 0; i < 4; i++) close(fit.covariance![i], c.covariance[i]);
    expect(fit.unexplained).toBe(0);
  });

  test('a referral arrival before any purchase is left out and counted; no arrivals gives no fit', () => {
    const session: ReferralSession = { T: 1000, buyTimes: [100, 400], orders: [1, 1], arrivals: [50, 300, 500, 700] };
    const fit = fitReferralTimes([session])!;
    expect(fit.unexplained).toBe(1);
    expect(fit.arrivals).toBe(3);
    expect(fitReferralTimes([{ ...session, arrivals: [] }])).toBeNull();
  });
});
