import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/io/inputError.js';
import { inputErrorOf } from '../support/inputErrorOf.js';
import { buildExperimentReport } from '../../src/report/buildExperimentReport.js';
import { reportFromResult } from '../../src/report/reportFromResult.js';
import { reportFiles } from '../../src/report/writeReport.js';
import { simulatedResult } from './fixtures/simulatedResults.js';
import { expectChartsRender, specsText } from './reportChecks.js';

describe('buildExperimentReport', () => {
  const report = buildExperimentReport(simulatedResult('experiment'), 'experiment.json');

  it('is chosen by livelift report for kind "experiment"', () => {
    expect(reportFromResult(simulatedResult('experiment')).kind).toBe('experiment');
  });

  it('draws funnel, R = A × P × V, revenue per arm, forest and one lift distribution per primary contrast', async () => {
    expect(report.charts.map((chart) => chart.name)).toEqual(['funnel', 'decomposition', 'revenue', 'forest', 'lift-1', 'lift-2']);
    await expect(specsText(report)).toMatchFileSnapshot('./__snapshots__/experimentReport.vl.json');
  });

  it('marks the true effect and the corrected significance on the forest plot', () => {
    const forest = report.charts.find((chart) => chart.name === 'forest')!.spec as { data: { values: { label: string; truth: number; significant: boolean }[] }; title: { subtitle: string[] } };
    const rows = forest.data.values;
    expect(rows).toHaveLength(6);
    expect(rows[0]).toMatchObject({ label: 'revenue per viewer · popup', truth: -0.1722965844042389, significant: false });
    expect(rows.filter((row) => row.significant).map((row) => row.label)).toEqual(['revenue per viewer · description', 'conversion · description']);
    expect(forest.title.subtitle.join(' ')).toContain('(holm correction)');
  });

  it('keeps A × P × V equal to the expected revenue per session', () => {
    const spec = report.charts[1].spec as unknown as { datasets: { factors: { arm: string; factor: string; value: number }[] } };
    const value = (arm: string, factor: string) => spec.datasets.factors.find((row) => row.arm === arm && row.factor === factor)!.value;
    for (const arm of ['pinned', 'popup', 'description']) {
      expect(value(arm, 'audience') * value(arm, 'purchaseRate') * value(arm, 'valuePerBuyer')).toBeCloseTo(value(arm, 'revenue'), 6);
    }
  });

  it('leads the summary with the recommendation and tabulates power, bias and coverage', () => {
    expect(report.summary[0]).toBe('Keep pinned: no arm beats it on revenue per viewer in the model (revenue per session 22,330 CNY).');
    expect(report.summary.join(' ')).toContain('Sample ratio check: the split was flagged in 0.0% of the simulated tests');
    expect(report.tables.map((table) => table.name)).toEqual(['comparisons', 'arms']);
    expect(report.tables[0].rows[0]).toMatchObject({ contrast: 'popup', metric: 'revenue per viewer', power: 0, coverage: 0.875, biasAbsolute: 0.5013520044487829 });
    expect(report.methodology.join(' ')).toMatch(/Randomization unit: viewers.*Common random numbers.*potential outcomes/s);
    expect(report.provenance).toMatchObject({ version: '0.1.0', seeds: [103], command: 'livelift experiment scenarios/experiments/link-placement.json --seed 103 --replicates 8', inputFile: 'scenarios/experiments/link-placement.json' });
  });

  it('draws the five-step funnel and tabulates it when the result has arms[].funnel (a saved result without it gets arrived and bought)', () => {
    const oldSteps = (report.charts[0].spec as { data: { values: { step: string }[] } }).data.values.map((row) => row.step);
    expect([...new Set(oldSteps)]).toEqual(['arrived', 'bought']);
    const result = simulatedResult('experiment') as { arms: { viewersPerSession: number; metrics: { conversion: number }; funnel?: object }[] };
    for (const arm of result.arms) arm.funnel = { engaged: 0.9, sawLink: 0.6, clicked: 0.2, bought: arm.metrics.conversion };
    const withFunnel = buildExperimentReport(result);
    const rows = (withFunnel.charts[0].spec as { data: { values: { step: string; arm: string; count: number }[] } }).data.values;
    expect([...new Set(rows.map((row) => row.step))]).toEqual(['arrived', 'engaged', 'saw link', 'clicked', 'bought']);
    const pinned = rows.filter((row) => row.arm === 'pinned');
    expect(pinned[2].count).toBeCloseTo(result.arms[0].viewersPerSession * 0.6, 9);
    expect(withFunnel.tables.map((table) => table.name)).toEqual(['comparisons', 'arms', 'funnel']);
    expect(withFunnel.tables[2].rows[0]).toMatchObject({ arm: 'pinned', engaged: 0.9, sawLink: 0.6, clicked: 0.2 });
  });

  it('renders every chart to SVG and PNG', async () => {
    await expectChartsRender(report);
  }, 30_000);

  it('escapes arm names in the HTML', async () => {
    const result = simulatedResult('experiment') as { arms: { name: string }[]; comparisons: { contrast: string }[] };
    result.arms[1].name = '<script>alert(1)</script>';
    for (const comparison of result.comparisons) if (comparison.contrast === 'popup') comparison.contrast = '<script>alert(1)</script>';
    const { files } = await reportFiles(buildExperimentReport(result));
    const html = files['report.html'] as string;
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
  }, 30_000);

  it('refuses a malformed result with the JSON path', () => {
    const result = simulatedResult('experiment') as { arms: unknown };
    result.arms = [];
    expect(() => buildExperimentReport(result, 'bad.json')).toThrow(InputError);
    expect(inputErrorOf(() => buildExperimentReport(result, 'bad.json')).problems[0]).toMatchObject({ file: 'bad.json', path: 'arms' });
  });
});
