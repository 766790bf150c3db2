import { describe, expect, it } from 'vitest';
import { band99, conversionPower, couponEffect, sessionAA, viewerAA } from './run/statisticalChecks.js';

/**
 * The experiment runner's statistical checks at full size (`npm run calibrate`; CALIBRATION_SIZE=ci
 * runs a quarter of each). Same checks as run/statisticalChecks.test.ts, tighter bands.
 */
const scale = (process.env.CALIBRATION_SIZE ?? 'full') === 'ci' ? 0.25 : 1;
const size = (replicates: number) => Math.max(20, Math.round(replicates * scale));

describe('experiment runner calibration', () => {
  it('A/A in one room: false-positive rate within the 99% band of alpha', async () => {
    const n = size(2000);
    const { comparison } = await viewerAA(n, 1101);
    expect(Math.abs(comparison.falsePositiveRate!.value - 0.05)).toBeLessThanOrEqual(band99(0.05, n));
    expect(Math.abs(comparison.coverage.absolute.value - 0.95)).toBeLessThanOrEqual(band99(0.95, n));
  });
  it('injected effect without social proof: unbiased; with strong social proof: biased', async () => {
    const n = size(400);
    const off = (await couponEffect(0, n, 1202)).comparison;
    expect(Math.abs(off.bias.absolute.value)).toBeLessThan(3 * off.bias.absolute.mcSe);
    expect(Math.abs(off.coverage.absolute.value - 0.95)).toBeLessThanOrEqual(band99(0.95, n));
    const on = (await couponEffect(1, n, 1202)).comparison;
    expect(Math.abs(on.bias.absolute.value)).toBeGreaterThan(5 * on.bias.absolute.mcSe);
  });
  it('session-randomized A/A with 30 sessions per arm: session-level FPR at alpha, naive far above', async () => {
    const n = size(300);
    const { comparison } = await sessionAA(30, n, 1303);
    expect(comparison.falsePositiveRate!.value).toBeLessThanOrEqual(0.05 + band99(0.05, n));
    // Inflated = above the 99% binomial band of alpha. (Three band widths, as before, exceeds the
    // naive rate itself (about 0.21-0.24) at the CI size of 75 runs, where the band is 0.065 wide.)
    expect(comparison.naive!.rejectionRate.value).toBeGreaterThan(0.05 + band99(0.05, n));
  });
  it('simulated power of a conversion test matches the analytic formula', async () => {
    const n = size(1000);
    const { simulated, analytic } = await conversionPower(n, 1404);
    expect(Math.abs(simulated.power!.value - analytic)).toBeLessThanOrEqual(band99(analytic, n) + 0.02);
  });
});
