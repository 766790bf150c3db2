import { describe, expect, it } from 'vitest';
import { RESULT_SCHEMAS, resultProblem } from '../../src/results/index.js';
import { analysisResult } from '../report/fixtures/analysisResult.js';
import { simulatedResult } from '../report/fixtures/simulatedResults.js';
import { simulationResult } from '../report/fixtures/simulationResult.js';

/** Saved outputs of each kind (real runs for the simulated kinds, test/report/fixtures). */
const saved = {
  analysis: () => analysisResult() as unknown as Record<string, unknown>,
  bandit: () => simulatedResult('bandit'),
  experiment: () => simulatedResult('experiment'),
  power: () => simulatedResult('power'),
  simulation: () => simulationResult(),
  sweep: () => simulatedResult('sweep'),
};

describe('result schemas (src/results)', () => {
  it.each(Object.keys(RESULT_SCHEMAS) as (keyof typeof RESULT_SCHEMAS)[])('%s: accepts a saved result of its kind', (kind) => {
    expect(RESULT_SCHEMAS[kind].safeParse(saved[kind]()).success).toBe(true);
    expect(resultProblem(saved[kind]())).toBeUndefined();
  });

  it('names the field of a broken result, with its path', () => {
    const experiment = simulatedResult('experiment') as { comparisons: { rejectionRate: unknown }[] };
    experiment.comparisons[1].rejectionRate = 'high';
    expect(resultProblem(experiment)).toMatch(/^the experiment result does not match its schema \(src\/results\) at comparisons\[1\]\.rejectionRate: /);
    const sweep = simulatedResult('sweep') as { points: unknown[] };
    sweep.points = [];
    expect(resultProblem(sweep)).toMatch(/at points: /);
  });

  it('leaves alone what names no kind with a schema (the analytic power plan)', () => {
    expect(resultProblem({ sampleSize: 10 })).toBeUndefined();
  });
});

describe('the overTime block of an analysis (--date)', () => {
  const effect = { estimate: 0.01, se: 0.005, ci: [0, null], pValue: 0.04 };
  const look = { day: '2026-01-02', n: 200, fixedHorizon: { absolute: effect, relative: null }, alwaysValid: { absolute: effect, relative: effect } };
  const overTime = () => ({
    column: 'date', unitsCounted: 'rows', tuning: 1000,
    days: [{ day: '2026-01-02', units: [100, 100], srm: { chiSquare: 0, df: 1, pValue: 1, flagged: false, threshold: 0.001 } }],
    metrics: [{ name: 'bought', comparisons: [{ variant: 'B', looks: [look] }] }],
  });
  const withOverTime = (block: unknown) => ({ ...(analysisResult() as unknown as Record<string, unknown>), overTime: block });

  it('accepts a complete block', () => {
    expect(resultProblem(withOverTime(overTime()))).toBeUndefined();
  });

  it('checks every field, not only the ones the report draws', () => {
    const noTuning: Record<string, unknown> = overTime();
    delete noTuning.tuning;
    expect(resultProblem(withOverTime(noTuning))).toMatch(/at overTime\.tuning: /);
    const badSrm = overTime();
    (badSrm.days[0].srm as Record<string, unknown>).flagged = 'no';
    expect(resultProblem(withOverTime(badSrm))).toMatch(/at overTime\.days\[0\]\.srm\.flagged: /);
    const noSe = overTime();
    noSe.metrics[0].comparisons[0].looks[0] = { ...look, alwaysValid: { absolute: { ...effect, se: undefined }, relative: null } } as never;
    expect(resultProblem(withOverTime(noSe))).toMatch(/at overTime\.metrics\[0\]\.comparisons\[0\]\.looks\[0\]\.alwaysValid\.absolute\.se: /);
  });
});
