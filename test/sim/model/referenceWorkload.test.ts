import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { runSession } from '../../../src/sim/model/index.js';
import { loadScenario } from '../../../src/sim/scenario/index.js';

/**
 * scenarios/benchmarks/reference-session.json must be exactly the workload of
 * ../shared/bench/REFERENCE-MODEL.md. Two kinds of checks on one replicate:
 * - counts whose expectation is known exactly (fixtures/make_reference_expectation.py, scipy):
 *   within 4 Poisson standard deviations (√expectation) of it;
 * - the document's approximate figures (chats, departures, events, peak): within the stated
 *   relative tolerance.
 */
const exact = JSON.parse(readFileSync(new URL('./fixtures/reference-expectation.json', import.meta.url), 'utf8')) as Record<string, number>;

const APPROXIMATE = {
  chats: [660_000, 0.015],
  naturalDepartures: [132_000, 0.015],
  events: [978_000, 0.015],
  peakConcurrentViewers: [14_500, 0.02],
} as const;

describe('reference workload (one replicate)', () => {
  const scenario = loadScenario(new URL('../../../scenarios/benchmarks/reference-session.json', import.meta.url).pathname);
  const run = runSession(scenario, { seed: scenario.seed, replicate: 0 });

  test('the exact expectations agree with the document: 147,300 arrivals, 180,000 candidates, 6,000–6,400 purchases', () => {
    expect(Math.abs(exact.arrivals - 50 * (1800 + 3600 / Math.PI))).toBeLessThan(1e-6);
    expect(exact.arrivalCandidates).toBe(180_000);
    expect(exact.purchases).toBeGreaterThan(6000);
    expect(exact.purchases).toBeLessThan(6400);
    expect(Math.abs(exact.decisions / 38_300 - 1)).toBeLessThan(0.01);
  });

  test.each([
    ['arrivalCandidates', run.arrivalCandidates],
    ['arrivals', run.funnel.arrived],
    ['decisions', run.decisions],
    ['purchases', run.orders],
  ] as const)('%s within 4 Poisson standard deviations of its expectation', (name, value) => {
    expect(Math.abs(value - exact[name])).toBeLessThan(4 * Math.sqrt(exact[name]));
  });

  test.each([
    ['chats', run.interactions.chats],
    ['naturalDepartures', run.departures.patience],
    ['events', run.events],
    ['peakConcurrentViewers', run.peakConcurrentViewers],
  ] as const)('%s ≈ the document\'s figure', (name, value) => {
    const [figure, tolerance] = APPROXIMATE[name];
    expect(Math.abs(value / figure - 1)).toBeLessThan(tolerance);
  });

  test('price 99 and a purchase ends the stay', () => {
    expect(run.revenue).toBe(99 * run.orders);
    expect(run.departures.purchase).toBe(run.orders);
  });

  test('events are counted as the reference does: candidates + chats + natural departures + purchases + 3 host events', () => {
    expect(run.events).toBe(run.arrivalCandidates + run.interactions.chats + run.departures.patience + run.orders + 3);
  });
});
