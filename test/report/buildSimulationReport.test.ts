import { describe, expect, it } from 'vitest';
import { inputErrorOf } from '../support/inputErrorOf.js';
import { buildSimulationReport } from '../../src/report/buildSimulationReport.js';
import { reportFromResult } from '../../src/report/reportFromResult.js';
import { simulationResult } from './fixtures/simulationResult.js';

describe('buildSimulationReport', () => {
  const report = buildSimulationReport(simulationResult(), 'result.json');

  it('is chosen for a result that names the simulate command instead of a kind', () => {
    expect(reportFromResult(simulationResult()).kind).toBe('simulation');
  });

  it('draws the funnel, the timeline with the plan, R = A × P × V and the audience segments', () => {
    expect(report.charts.map((chart) => chart.name)).toEqual(['funnel', 'timeline', 'decomposition', 'segments']);
    const timeline = report.charts[1].spec as unknown as { datasets: { segments: { label: string; highlight: boolean }[] } };
    expect(timeline.datasets.segments.map((segment) => [segment.label, segment.highlight])).toEqual([['Free chapter', false], ['Flash sale', true]]);
    const funnel = report.charts[0].spec as { data: { values: { step: string; count: number }[] } };
    expect(funnel.data.values.map((row) => row.count)).toEqual([1100, 880, 550, 165, 55]);
  });

  it('summarises in plain words with the spread over sessions', () => {
    expect(report.summary).toEqual([
      '2 simulated sessions of "E-book <night>" (seed 42).',
      'On average 1,100 viewers arrived (95% of sessions between 1,005 and 1,195) and 55 bought.',
      'Conversion from arrival to purchase: 5.00% (95% of sessions between 4.95% and 5.05%).',
      'Revenue per session: 5,500 CNY (95% of sessions between 5,025 CNY and 5,975 CNY).',
    ]);
  });

  it('tabulates the summary (known metrics labelled, unknown ones kept), segments and products', () => {
    expect(report.tables.map((table) => table.name)).toEqual(['summary', 'segments', 'products']);
    const rows = report.tables[0].rows;
    expect(rows.map((row) => [row.metric, row.unit])).toEqual([
      ['Viewers arrived (A)', 'people'],
      ['Buyers', 'people'],
      ['Bought / arrived (P)', 'fraction'],
      ['Revenue (R)', 'CNY'],
      ['mysteryMetric', ''],
    ]);
    expect(rows[3]).toMatchObject({ mean: 5500, low: 5025, high: 5975 });
  });

  it('carries the scenario, version and seed to reproduce the run', () => {
    expect(report.provenance).toMatchObject({ version: '0.1.0', seeds: [42] });
    expect(report.provenance.command).toContain('livelift simulate scenario.json --seed 42 --replicates 2');
    expect((report.provenance.input as { name: string }).name).toBe('E-book <night>');
    expect(report.methodology.join(' ')).toContain('(seed 42, replicate i, stream name)');
  });

  it('refuses a result without runs, naming the path', () => {
    const result = simulationResult();
    result.runs = [];
    const error = inputErrorOf(() => buildSimulationReport(result, 'sim.json'));
    expect(error.problems[0]).toMatchObject({ file: 'sim.json', path: 'runs' });
  });
});
