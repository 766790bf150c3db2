import { describe, expect, it } from 'vitest';
import { runReferenceWorkload } from '../../../src/bench/kernel.js';

// The kernel-only port of /work/shared/bench/REFERENCE-MODEL.md must be the same workload as the
// other engines' ports: its counts must match the expected figures listed there.
describe('reference workload on the kernel (seed 1, 1× rate)', () => {
  const result = runReferenceWorkload(1, 1);

  it('draws arrivals and candidates as the thinned process predicts (within 5 Poisson SDs)', () => {
    const expectedArrivals = 50 * (1800 + 3600 / Math.PI); // ≈ 147,296
    expect(Math.abs(result.arrivals - expectedArrivals)).toBeLessThan(5 * Math.sqrt(expectedArrivals));
    expect(Math.abs(result.candidates - 180_000)).toBeLessThan(5 * Math.sqrt(180_000));
  });

  it('matches the reference figures for chats, departures, decisions, purchases and peak', () => {
    expect(result.chats / 660_000).toBeCloseTo(1, 1);
    expect(result.departures / 132_000).toBeCloseTo(1, 1);
    expect(result.decisions / 38_300).toBeCloseTo(1, 1);
    expect(result.purchases).toBeGreaterThanOrEqual(5_800);
    expect(result.purchases).toBeLessThanOrEqual(6_600);
    expect(result.revenue).toBe(99 * result.purchases);
    expect(result.peakViewers / 14_500).toBeCloseTo(1, 1);
    expect(result.events / 978_000).toBeCloseTo(1, 2);
  });

  it('counts kernel events consistently: arrivals + chats + departures + 3 host events', () => {
    expect(result.kernelEvents).toBe(result.arrivals + result.chats + result.departures + 3);
    expect(result.events).toBe(result.candidates + result.chats + result.departures + result.purchases + 3);
  });

  it('is reproducible: same seed, same counts', () => {
    const again = runReferenceWorkload(1, 1);
    expect([again.arrivals, again.chats, again.purchases, again.peakViewers]).toEqual([
      result.arrivals,
      result.chats,
      result.purchases,
      result.peakViewers,
    ]);
  });
});
