import { describe, expect, test } from 'vitest';
import { runSession } from '../../../src/sim/model/index.js';
import { minimalScenario } from './minimalScenario.js';

/** Sessions that differ (docs/model.md § Sessions that differ): session-level random effects. */
describe('session-level random effects', () => {
  const lambdaT = 60 * 20;
  const scenario = (enabled: boolean) => minimalScenario({ session: { durationMinutes: 20, variation: { enabled, trafficSd: 0.25, warmthSd: 0.2 } } });
  const runs = (enabled: boolean) => Array.from({ length: 60 }, (_, replicate) => runSession(scenario(enabled), { seed: 17, replicate }));

  test('arrivals keep their mean λT, with the between-session variance λT + (λT)²(e^(σ²) − 1) on top of Poisson noise (within sampling error)', () => {
    const arrivals = runs(true).map((run) => run.funnel.arrived);
    const mean = arrivals.reduce((sum, x) => sum + x, 0) / arrivals.length;
    const variance = arrivals.reduce((sum, x) => sum + (x - mean) ** 2, 0) / (arrivals.length - 1);
    const expectedVariance = lambdaT + lambdaT ** 2 * Math.expm1(0.25 ** 2);
    expect(Math.abs(mean - lambdaT)).toBeLessThan(4 * Math.sqrt(expectedVariance / arrivals.length));
    // The sample variance of 60 draws is within about ±40% of the truth (χ² with 59 df: 0.64–1.4 at 99%).
    expect(variance / expectedVariance).toBeGreaterThan(0.55);
    expect(variance / expectedVariance).toBeLessThan(1.6);
  });

  test('switched off, every session is the same world: multiplier 1, warmth 0, Poisson spread only', () => {
    const off = runs(false);
    off.forEach((run) => expect(run.sessionEffects).toEqual({ trafficMultiplier: 1, warmth: 0 }));
    const arrivals = off.map((run) => run.funnel.arrived);
    const mean = arrivals.reduce((sum, x) => sum + x, 0) / arrivals.length;
    const variance = arrivals.reduce((sum, x) => sum + (x - mean) ** 2, 0) / (arrivals.length - 1);
    expect(variance / lambdaT).toBeLessThan(1.6);
  });

  test('a warmer session converts better: conversion rises with the session\'s warmth across sessions', () => {
    const pitched = minimalScenario({
      traffic: { arrivals: { perMinute: 200 } },
      session: { variation: { enabled: true, trafficSd: 0, warmthSd: 0.3 } },
      plan: [{ type: 'pitch', startMinute: 5, endMinute: 25, productId: 'course' }],
      purchase: { baseline: -3 },
    });
    const sessions = Array.from({ length: 20 }, (_, replicate) => runSession(pitched, { seed: 3, replicate }));
    const x = sessions.map((run) => run.sessionEffects.warmth);
    const y = sessions.map((run) => run.rates.bought);
    const mean = (v: number[]) => v.reduce((sum, value) => sum + value, 0) / v.length;
    const [mx, my] = [mean(x), mean(y)];
    const covariance = mean(x.map((value, i) => (value - mx) * (y[i] - my)));
    const correlation = covariance / Math.sqrt(mean(x.map((value) => (value - mx) ** 2)) * mean(y.map((value) => (value - my) ** 2)));
    expect(correlation).toBeGreaterThan(0.7);
    sessions.forEach((run) => expect(run.sessionEffects.trafficMultiplier).toBe(1));
  });
});
