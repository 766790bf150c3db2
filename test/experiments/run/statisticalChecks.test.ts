import { describe, expect, it } from 'vitest';
import { band99, conversionPower, couponEffect, cupedComparison, sessionAA, viewerAA } from './statisticalChecks.js';

// Fast versions (few replicates, tiny rooms); test/experiments/runner.calibration.test.ts runs
// the same checks at full size. Seeds are fixed, tolerances stated with each check.

describe('A/A, viewers randomized in one room', () => {
  it('false-positive rate within the 99% binomial band of alpha (200 replicates)', async () => {
    const { comparison } = await viewerAA(200);
    expect(comparison.isNull).toBe(true);
    expect(comparison.truth.absolute).toBe(0);
    const rate = comparison.falsePositiveRate!.value;
    expect(Math.abs(rate - 0.05)).toBeLessThanOrEqual(band99(0.05, 200));
  });
});

describe('a known injected effect and interference between arms', () => {
  it('without social proof the estimate is unbiased: |bias| < 3 Monte-Carlo se, coverage near 95%', async () => {
    const { comparison } = await couponEffect(0, 60);
    expect(comparison.truth.absolute).toBeGreaterThan(0.05);
    expect(Math.abs(comparison.bias.absolute.value)).toBeLessThan(3 * comparison.bias.absolute.mcSe);
    expect(comparison.coverage.absolute.value).toBeGreaterThanOrEqual(0.95 - band99(0.95, 60));
  });
  it('with strong social proof the shared room biases the estimate: |bias| > 4 se and > 20% of the effect', async () => {
    const { comparison, result } = await couponEffect(1, 60);
    const bias = comparison.bias.absolute;
    expect(Math.abs(bias.value)).toBeGreaterThan(4 * bias.mcSe);
    expect(Math.abs(bias.value)).toBeGreaterThan(0.2 * Math.abs(comparison.truth.absolute));
    expect(result.recommendation.text.join(' ')).toMatch(/Interference/);
  });
});

describe('A/A randomized by session', () => {
  it('the naive per-viewer analysis calls far more false positives than alpha; the session-level one does not', async () => {
    const { comparison } = await sessionAA(20, 40);
    expect(comparison.naive!.rejectionRate.value).toBeGreaterThanOrEqual(3 * 0.05);
    expect(comparison.falsePositiveRate!.value).toBeLessThanOrEqual(0.05 + band99(0.05, 40));
    expect(comparison.naive!.meanDesignEffect).toBeGreaterThan(2);
  });
});

describe('simulated power of a viewer-level conversion test', () => {
  it('agrees with the analytic pooled z-test power within 3 Monte-Carlo se (+0.03 for the random room size)', async () => {
    const { simulated, analytic } = await conversionPower(200);
    const power = simulated.power!.value;
    expect(analytic).toBeGreaterThan(0.3);
    expect(analytic).toBeLessThan(0.8);
    expect(Math.abs(power - analytic)).toBeLessThanOrEqual(3 * Math.sqrt((analytic * (1 - analytic)) / 200) + 0.03);
  });
});

describe('CUPED on a pre-period covariate (log willingness to pay)', () => {
  it('on the same simulations: a smaller spread of the estimate, no bias, no loss of power beyond single discordant simulations', async () => {
    const { plain, adjusted } = await cupedComparison('willingnessToPay', 100);
    expect(adjusted.truth).toEqual(plain.truth);
    // Log willingness to pay explains little of revenue-per-viewer variance here: with reservation
    // prices (issue 12) it gates a purchase rather than scaling its odds as a log-ratio did. Measured
    // at 400 simulations (test/experiments/run/thresholds.calibration.test.ts): 3.6% with the
    // classical CUPED variance; 2.9% (at 100 and at 400 simulations, seed 505) with the HC1
    // regression variance simulations now share with `analyze` (issue 11), which also carries θ's
    // estimation error and the arms' heteroskedasticity. The threshold stays below both, so the check
    // says "CUPED removes a real share of the variance" with room for the Monte-Carlo noise of 100
    // simulations (the smaller spread below is the check that it helps).
    expect(adjusted.cuped!.meanVarianceReduction).toBeGreaterThan(0.018);
    expect(adjusted.estimate.absolute.sd).toBeLessThan(plain.estimate.absolute.sd);
    expect(Math.abs(adjusted.bias.absolute.value)).toBeLessThan(3 * adjusted.bias.absolute.mcSe);
    // No loss of power beyond single discordant simulations: with a ~3% variance reduction the two
    // analyses of the same simulation disagree only at the margin. Measured (seed 505): HC1 0.19 vs
    // unadjusted 0.20 at 100 simulations, 0.17 vs 0.17 at 400; the classical variance gave 0.20 vs
    // 0.20 and 0.1675 vs 0.17. So at most 2 of the 100 may flip.
    expect(adjusted.power!.value).toBeGreaterThanOrEqual(plain.power!.value - 0.02);
  });
});
