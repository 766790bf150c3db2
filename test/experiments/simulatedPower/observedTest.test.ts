import { describe, expect, it } from 'vitest';
import { parseExperiment } from '../../../src/experiments/load/loadExperiment.js';
import { observedTest } from '../../../src/experiments/simulatedPower/observedTest.js';
import { experimentPayload } from '../../../src/experiments/run/runExperiment.js';
import { simulateReplicate } from '../../../src/experiments/world/simulateReplicate.js';
import { tinyExperiment } from './tinyRooms.js';

describe('observedTest: the experiment runner\'s test without its potential outcomes', () => {
  const coupon = { coupon: { value: 40, adEffect: 0.3 } };
  const cases = [
    ['viewer', tinyExperiment({ unit: 'viewer', primary: 'conversion', sessionsPerArm: 2, treatment: coupon })],
    ['session', tinyExperiment({ unit: 'session', primary: 'conversion', sessionsPerArm: 2, treatment: { set: { 'products[0].price': 149 } } })],
    ['switchback', { ...tinyExperiment({ unit: 'viewer', primary: 'conversion', treatment: coupon }), unit: { kind: 'switchback', blockMinutes: 5 } }],
  ] as const;

  it.each(cases)('%s unit: the same cells as simulateReplicate, byte for byte, and no potential outcomes', (_unit, json) => {
    const loaded = parseExperiment(json);
    const payload = experimentPayload(loaded, 3, 'test');
    for (const replicate of [0, 1]) {
      const lean = observedTest(payload, replicate);
      const full = simulateReplicate(payload, replicate);
      expect(lean.cells).toEqual(full.cells);
      expect(lean.sessions).toBe(full.sessions);
      expect(lean.potential).toEqual([]);
    }
  });
});
