import { describe, expect, it } from 'vitest';
import { liftDistributionChart } from '../../../src/report/charts/liftDistributionChart.js';
import { liftDistributionInput } from '../fixtures/chartInputs.js';
import { expectChartConventions, specText } from './specChecks.js';

describe('liftDistributionChart', () => {
  it('matches the saved spec', async () => {
    await expect(specText(liftDistributionChart(liftDistributionInput))).toMatchFileSnapshot('./__snapshots__/liftDistributionChart.vl.json');
  });

  it('follows the chart conventions', () => expectChartConventions(liftDistributionChart(liftDistributionInput)));

  it('marks the true effect and the mean estimate', () => {
    const spec = liftDistributionChart({ ...liftDistributionInput, estimates: [0.1, 0.2, 0.3] }) as { layer: { data: { values: { kind?: string; value?: number }[] } }[] };
    const markers = spec.layer[1].data.values;
    expect(markers[0]).toEqual({ kind: 'true effect', value: 0.1 });
    expect(markers[1].kind).toBe('mean estimate');
    expect(markers[1].value).toBeCloseTo(0.2, 12);
  });
});
