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
