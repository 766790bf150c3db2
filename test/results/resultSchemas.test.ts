import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { liveliftVersion } from '../../scripts/goldenOutputs.mjs';
import { parseScenario } from '../../src/sim/scenario/index.js';
import { RESULT_SCHEMAS, resultProblem } from '../../src/results/index.js';
import { analysisResult } from '../report/fixtures/analysisResult.js';
import { simulatedResult } from '../report/fixtures/simulatedResults.js';
import { simulationResult } from '../report/fixtures/simulationResult.js';

/** A golden output (test/fixtures/golden-outputs: real runs of the CLI), its version filled back in. */
function golden(path: string): Record<string, unknown> {
  const text = readFileSync(new URL(`../fixtures/golden-outputs/${path}`, import.meta.url), 'utf8');
  return JSON.parse(text.replaceAll('(version)', liveliftVersion())) as Record<string, unknown>;
}

/** Saved outputs of each kind (real runs for the simulated kinds, test/report/fixtures; fit and backtest: the golden outputs). */
const saved = {
  analysis: () => analysisResult() as unknown as Record<string, unknown>,
  backtest: () => golden('backtest-past-sessions/backtest/backtest.json'),
  fit: () => golden('fit-past-sessions/report/fit.json'),
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

  it('fit: checks every estimate, and the fitted scenario accepts the same block', () => {
    const fit = golden('fit-past-sessions/report/fit.json') as { estimates: Record<string, unknown>[] };
    fit.estimates[2].held = 'no';
    expect(resultProblem(fit)).toMatch(/^the fit result does not match its schema \(src\/results\) at estimates\[2\]\.held: /);
    const fitted = golden('fit-past-sessions/fitted.json') as { fit: Record<string, unknown> };
    const { kind, version, ...block } = golden('fit-past-sessions/report/fit.json');
    expect([kind, version]).toEqual(['fit', liveliftVersion()]);
    expect(block).toEqual(fitted.fit);
    expect(parseScenario(fitted, 'fitted.json').fit).toEqual(block);
    expect(() => parseScenario({ ...fitted, fit: { ...block, kind: 'fit' } }, 'fitted.json')).toThrow(/fit/);
  });

  it('backtest: a total without a relative error (observed 0) is null, a wrong metric is named', () => {
    const backtest = golden('backtest-past-sessions/backtest/backtest.json') as { folds: { totals: Record<string, unknown>[] }[] };
    backtest.folds[0].totals[1].relativeError = null;
    expect(resultProblem(backtest)).toBeUndefined();
    backtest.folds[1].totals[0].metric = 'likes';
    expect(resultProblem(backtest)).toMatch(/at folds\[1\]\.totals\[0\]\.metric: /);
  });

  it('simulation: every field of a saved run is declared (nothing is dropped by the schema)', () => {
    const result = golden('simulate-ebook-night/result.json');
    const parsed = RESULT_SCHEMAS.simulation.parse(result);
    expect(parsed.runs).toEqual(result.runs);
    expect(parsed.summary).toEqual(result.summary);
    const run = (result.runs as Record<string, unknown>[])[0];
    expect(resultProblem({ ...result, runs: [{ ...run, costs: { ...(run.costs as object), total: undefined } }] })).toMatch(/at runs\[0\]\.costs\.total: /);
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
