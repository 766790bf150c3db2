import { describe, expect, it } from 'vitest';
import { inputErrorOf } from '../support/inputErrorOf.js';
import { fittedPowerCurve } from '../../src/experiments/simulatedPower/fittedPowerCurve.js';
import { buildPowerReport } from '../../src/report/buildPowerReport.js';
import { reportFromResult } from '../../src/report/reportFromResult.js';
import { simulatedResult } from './fixtures/simulatedResults.js';
import { expectChartsRender, specsText } from './reportChecks.js';

/**
 * The saved result (livelift 0.1.0) predates `fit.curve`; the producer now writes the fitted curve
 * (fittedPowerCurve) and the report only draws it. Here it is added as the producer would.
 */
function currentPowerResult(): Record<string, unknown> {
  const result = simulatedResult('power') as { fit: { intercept: number; slope: number; curve?: unknown }; points: { sessionsPerArm: number }[] };
  result.fit.curve = fittedPowerCurve(result.fit, result.points[0].sessionsPerArm, result.points[result.points.length - 1].sessionsPerArm);
  return result;
}

describe('buildPowerReport', () => {
  const report = buildPowerReport(currentPowerResult());

  it('draws no fitted line for a result saved before the result carried the curve', () => {
    const spec = buildPowerReport(simulatedResult('power')).charts[0].spec as { layer: { data?: { values: Record<string, unknown>[] } }[] };
    expect(spec.layer[0].data!.values.filter((point) => point.curve === 'probit fit')).toHaveLength(0);
  });

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
