import { describe, expect, it } from 'vitest';
import { sweepCurveChart } from '../../../src/report/charts/sweepCurveChart.js';
import { sweepInput } from '../fixtures/chartInputs.js';
import { expectChartConventions, specText } from './specChecks.js';

describe('sweepCurveChart', () => {
  it('matches the saved spec', async () => {
    await expect(specText(sweepCurveChart(sweepInput))).toMatchFileSnapshot('./__snapshots__/sweepCurveChart.vl.json');
  });

  it('follows the chart conventions', () => expectChartConventions(sweepCurveChart(sweepInput)));

  it('draws revenue above conversion and names the optimum', () => {
    const spec = sweepCurveChart(sweepInput) as { vconcat: unknown[]; title: { subtitle: string } };
    expect(spec.vconcat).toHaveLength(2);
    expect(spec.title.subtitle).toContain('Revenue-maximising value 30');
  });
});
