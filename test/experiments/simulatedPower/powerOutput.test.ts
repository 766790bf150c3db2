import { describe, expect, it } from 'vitest';
import { parseExperiment } from '../../../src/experiments/load/loadExperiment.js';
import { fittedCurve } from '../../../src/experiments/simulatedPower/fittedCurve.js';
import { formatPowerText } from '../../../src/experiments/simulatedPower/formatPowerText.js';
import { powerFiles } from '../../../src/experiments/simulatedPower/powerFiles.js';
import { powerNote } from '../../../src/experiments/simulatedPower/powerNotes.js';
import type { PowerResult } from '../../../src/experiments/simulatedPower/PowerResult.js';
import { powerCurve } from '../../../src/report/adapters/power.js';
import { PowerResultSchema } from '../../../src/results/index.js';
import { powerCurveChart } from '../../../src/report/charts/powerCurveChart.js';
import { normalCdf } from '../../../src/stats/index.js';
import { tinyExperiment } from './tinyRooms.js';

/** A session-unit result shaped like planPowerBySimulation's, with a known probit fit Φ(−2 + 0.9√n). */
function sessionResult(): PowerResult {
  const loaded = parseExperiment(tinyExperiment({ unit: 'session', primary: 'conversion', sessionsPerArm: 2, treatment: { coupon: { value: 20, adEffect: 0.2 } } }));
  const point = (sessions: number, successes: number) => ({ sessionsPerArm: sessions, viewersPerArm: 150 * sessions, power: successes / 100, ci: [0, 1] as [number, number], successes, replicates: 100 });
  return {
    kind: 'power',
    version: 'test',
    name: 'tiny session test',
    description: '',
    seed: 1,
    replicates: 100,
    unit: { kind: 'session' },
    sizeUnit: 'sessions',
    targetPower: 0.8,
    maxSessionsPerArm: 200,
    alpha: 0.05,
    sides: 'two',
    metric: 'conversion',
    contrast: { name: 'treatment', control: 'control' },
    truth: { control: 0.25, treatment: 0.3, absolute: 0.05, relative: 0.2 },
    viewersPerSession: 150,
    points: [point(2, 30), point(4, 61), point(8, 93)],
    fit: { intercept: -2, slope: 0.9, covariance: [[0.04, -0.01], [-0.01, 0.004]] },
    required: { sessionsPerArm: 6, viewersPerArm: 900, exactSessionsPerArm: 5.73, se: 0.4, interval: [5, 6.6] },
    analytic: { test: 'two-proportion z-test', baseline: 0.25, sd: null, effect: 0.05, viewersPerArm: [300, 300], sessionsPerArm: 2 },
    clusteredAnalyticSessionsPerArm: 5.1,
    designEffect: 2.865,
    notes: [powerNote('FEW_SESSIONS')],
    curve: fittedCurve({ intercept: -2, slope: 0.9 }, 2, 8),
    input: { file: null, scenarioFile: null, experiment: loaded.experiment, scenario: loaded.base },
  };
}

describe('power result output', () => {
  const result = sessionResult();

  it('text: the curve, the simulated size with its interval, the analytic size and the design effect', () => {
    const text = formatPowerText(result);
    expect(text).toContain('Power by simulation: tiny session test — session unit, conversion, treatment vs control');
    expect(text).toContain('Simulation: 6 sessions per arm ≈ 900 viewers per arm (exact 5.73, 95% interval 5–6.6)');
    expect(text).toContain('Analytic two-proportion z-test, viewers independent: 300 viewers per arm ≈ 2 sessions per arm');
    expect(text).toContain("Cluster-trial formula with the simulated between-session variance: 5.1 sessions per arm");
    expect(text).toContain('Design effect: 2.87×');
    expect(text).toContain('Note: the required size is under 30 sessions per arm');
  });

  it('text: a target beyond the largest size simulated is extrapolated, and said so', () => {
    const beyond = { ...result, required: { ...result.required, sessionsPerArm: null, viewersPerArm: null, exactSessionsPerArm: 640.2, interval: [410, null] as [number, null] } };
    expect(formatPowerText(beyond)).toContain('Simulation: the target is not reached within 200 sessions per arm; the fitted curve reaches it at about 640 sessions per arm (extrapolated)');
  });

  it('files: result.json and the two tables', () => {
    const files = powerFiles(result);
    expect(Object.keys(files).sort()).toEqual(['result.json', 'tables/plan.csv', 'tables/power-curve.csv']);
    expect(files['tables/power-curve.csv'].split('\r\n')[1]).toBe('2,300,0.3,0,1,30,100');
    expect(JSON.parse(files['result.json']).required.interval).toEqual([5, 6.6]);
  });

  it('chart data (the report\'s, from the saved result): simulated points, the fitted probit curve the result carries, target and chosen size; the chart builds', () => {
    const data = powerCurve(PowerResultSchema.parse(JSON.parse(powerFiles(result)['result.json'])));
    const fitted = data.points.filter((p) => p.curve === 'probit fit');
    expect(data.points.filter((p) => p.curve === 'simulated').map((p) => p.size)).toEqual([2, 4, 8]);
    expect(fitted).toHaveLength(25);
    expect(fitted[0].power).toBeCloseTo(normalCdf(-2 + 0.9 * Math.SQRT2), 12);
    expect(fitted[24].size).toBeCloseTo(8, 12);
    expect(data.chosenSize).toBe(6);
    expect(data.sizeUnit).toBe('sessions');
    expect(JSON.stringify(powerCurveChart(data))).toContain('chosen: 6 sessions');
    // An older result without a curve: points only; the report computes no distribution function.
    const { curve: _curve, ...older } = result;
    expect(powerCurve(PowerResultSchema.parse(JSON.parse(powerFiles(older as PowerResult)['result.json']))).points.filter((p) => p.curve === 'probit fit')).toHaveLength(0);
  });
});
