import { describe, expect, it } from 'vitest';
import { funnelChart, funnelRows } from '../../../src/report/charts/funnelChart.js';
import { funnelInput } from '../fixtures/chartInputs.js';
import { expectChartConventions, specText } from './specChecks.js';

describe('funnelChart', () => {
  it('matches the saved spec', async () => {
    await expect(specText(funnelChart(funnelInput))).toMatchFileSnapshot('./__snapshots__/funnelChart.vl.json');
  });

  it('follows the chart conventions', () => expectChartConventions(funnelChart(funnelInput)));

  it('computes each step rate from the step above and the overall rate from the top', () => {
    const rows = funnelRows(funnelInput).filter((row) => row.arm === 'control');
    expect(rows.map((row) => row.stepRate)).toEqual([1, 5400 / 12000, 3100 / 5400, 820 / 3100, 240 / 820]);
    expect(rows[4].overallRate).toBe(240 / 12000);
    expect(rows[4].label).toBe('240 (29.3%)');
  });

  it('reports no rate after an empty step instead of dividing by zero', () => {
    const rows = funnelRows({ arms: [{ name: 'a', steps: [{ step: 'arrived', count: 0 }, { step: 'bought', count: 0 }] }] });
    expect(rows.map((row) => [row.stepRate, row.overallRate])).toEqual([[null, null], [null, null]]);
    expect(rows[1].label).toBe('0');
  });
});
