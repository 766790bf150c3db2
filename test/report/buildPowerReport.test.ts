import { describe, expect, it } from 'vitest';
import { inputErrorOf } from '../support/inputErrorOf.js';
import { buildPowerReport } from '../../src/report/buildPowerReport.js';
import { reportFromResult } from '../../src/report/reportFromResult.js';
import { simulatedResult } from './fixtures/simulatedResults.js';
import { expectChartsRender, specsText } from './reportChecks.js';

describe('buildPowerReport', () => {
  const report = buildPowerReport(simulatedResult('power'));

  it('is chosen by livelift report for kind "power"', () => {
    expect(reportFromResult(simulatedResult('power')).kind).toBe('power');
  });

  it('draws simulated power with intervals, the probit fit, the chosen and the naive size', async () => {
    const spec = report.charts[0].spec as { layer: { data?: { values: Record<string, unknown>[] } }[] };
    const points = spec.layer[0].data!.values;
    expect(points.filter((point) => point.curve === 'simulated')).toHaveLength(6);
    expect(points.filter((point) => point.curve === 'probit fit')).toHaveLength(25);
    const values = spec.layer.flatMap((layer) => layer.data?.values ?? []);
    expect(values).toContainEqual({ size: 11162, label: 'chosen: 11,162 viewers' });
    expect(values).toContainEqual({ size: 8374, label: 'naive formula: 8,374' });
    await expect(specsText(report)).toMatchFileSnapshot('./__snapshots__/powerReport.vl.json');
  });

  it('puts the simulated requirement beside the analytic one and the design effect', () => {
    expect(report.summary[0]).toContain('a real test needs about 16 sessions per arm (11,162 viewers per arm)');
    expect(report.summary.join(' ')).toContain('Design effect (simulated size / naive size): 1.31');
    expect(report.tables.map((table) => table.name)).toEqual(['requirement', 'power']);
    expect(report.tables[0].rows.map((row) => row.viewersPerArm)).toEqual([11162, 8374]);
  });

  it('renders every chart to SVG and PNG', async () => {
    await expectChartsRender(report);
  }, 30_000);

  it('refuses a power outside (0, 1) with the JSON path', () => {
    const result = simulatedResult('power') as { points: { power: number }[] };
    result.points[0].power = 1.5;
    const error = inputErrorOf(() => buildPowerReport(result, 'power.json'));
    expect(error.problems[0]).toMatchObject({ file: 'power.json', path: 'points[0].power' });
  });
});
