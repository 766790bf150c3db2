import { describe, expect, it } from 'vitest';
import { srmChart, srmDomain } from '../../../src/report/charts/srmChart.js';
import { srmInput } from '../fixtures/chartInputs.js';
import { expectChartConventions, specText } from './specChecks.js';

describe('srmChart', () => {
  it('matches the saved spec', async () => {
    await expect(specText(srmChart(srmInput))).toMatchFileSnapshot('./__snapshots__/srmChart.vl.json');
  });

  it('follows the chart conventions', () => expectChartConventions(srmChart(srmInput)));

  it('flags a mismatch only below the threshold', () => {
    const title = (spec: unknown) => (spec as { title: { text: string } }).title.text;
    expect(title(srmChart(srmInput))).toBe('SRM check: no sample ratio mismatch detected');
    expect(title(srmChart({ ...srmInput, pValue: 0.0004 }))).toContain('sample ratio mismatch, check the assignment');
    expect(title(srmChart({ ...srmInput, pValue: 0.0004, threshold: 0.0001 }))).toContain('no sample ratio mismatch');
  });

  it('labels each arm with its deviation from the expected count', () => {
    const rows = (srmChart(srmInput) as { data: { values: { deviation: string }[] } }).data.values;
    expect(rows.map((row) => row.deviation)).toEqual(['+0.42%', '−0.42%']);
  });

  it('keeps a readable y range when every arm is exactly on plan', () => {
    const onPlan = { ...srmInput, arms: [{ arm: 'a', observed: 2000, expected: 2000 }, { arm: 'b', observed: 2000, expected: 2000 }] };
    expect(srmDomain(onPlan)).toEqual([1990, 2010]);
    // Range 11,900–12,000: the margin is 0.5% of 12,000 (60), larger than a quarter of the range (25).
    expect(srmDomain(srmInput)).toEqual([11840, 12060]);
  });
});
