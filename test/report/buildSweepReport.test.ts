import { describe, expect, it } from 'vitest';
import { inputErrorOf } from '../support/inputErrorOf.js';
import { buildSweepReport } from '../../src/report/buildSweepReport.js';
import { reportFromResult } from '../../src/report/reportFromResult.js';
import { simulatedResult } from './fixtures/simulatedResults.js';
import { expectChartsRender, specsText } from './reportChecks.js';

describe('buildSweepReport', () => {
  const report = buildSweepReport(simulatedResult('sweep'));

  it('is chosen by livelift report for kind "sweep"', () => {
    expect(reportFromResult(simulatedResult('sweep')).kind).toBe('sweep');
  });

  it('draws revenue and conversion against the parameter with the optimum and its interval', async () => {
    expect(report.charts.map((chart) => chart.name)).toEqual(['sweep']);
    const spec = report.charts[0].spec as { datasets: { sweep: { metric: string }[]; optimum: unknown[] }; vconcat: unknown[] };
    expect(spec.vconcat).toHaveLength(2);
    expect(spec.datasets.optimum).toEqual([{ value: 9, lo: 9, hi: 9 }]);
    expect(spec.datasets.sweep.filter((point) => point.metric === 'revenue')).toHaveLength(6);
    await expect(specsText(report)).toMatchFileSnapshot('./__snapshots__/sweepReport.vl.json');
  });

  it('says where the optimum is, tabulates each value and reproduces the command line', () => {
    expect(report.summary[0]).toMatch(/^Revenue is highest at products\[0\]\.price = 9: 50,448 CNY per session/);
    expect(report.tables[0].rows.map((row) => row.value)).toEqual(['9', '19', '29', '39', '49', '59']);
    expect(report.provenance.command).toBe('livelift sweep scenarios/ebook-night.json --param "products[0].price" --values 9,19,29,39,49,59 --sessions 1 --seed 7 --replicates 6');
  });

  it('draws bars when the values are not numbers', () => {
    const result = simulatedResult('sweep') as { points: { value: unknown }[]; optimum: { value: unknown; interval: unknown } };
    result.points.forEach((point, index) => { point.value = `<b>plan ${index}</b>`; });
    result.optimum = { ...result.optimum, value: '<b>plan 0</b>', interval: null };
    const spec = buildSweepReport(result).charts[0].spec as { data: { values: { segment: string }[] } };
    expect(spec.data.values[0].segment).toBe('<b>plan 0</b>');
  });

  it('renders every chart to SVG and PNG', async () => {
    await expectChartsRender(report);
  }, 30_000);

  it('refuses a malformed result with the JSON path', () => {
    const result = simulatedResult('sweep') as { points: { conversion: unknown }[] };
    result.points[2].conversion = 'high';
    const error = inputErrorOf(() => buildSweepReport(result, 'sweep.json'));
    expect(error.problems[0]).toMatchObject({ file: 'sweep.json', path: 'points[2].conversion' });
  });
});
