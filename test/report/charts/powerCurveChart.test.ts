import { describe, expect, it } from 'vitest';
import { powerCurveChart } from '../../../src/report/charts/powerCurveChart.js';
import { powerInput } from '../fixtures/chartInputs.js';
import { expectChartConventions, specText } from './specChecks.js';

describe('powerCurveChart', () => {
  it('matches the saved spec', async () => {
    await expect(specText(powerCurveChart(powerInput))).toMatchFileSnapshot('./__snapshots__/powerCurveChart.vl.json');
  });

  it('follows the chart conventions', () => expectChartConventions(powerCurveChart(powerInput)));

  it('marks the target power and the chosen size', () => {
    const text = JSON.stringify(powerCurveChart(powerInput));
    expect(text).toContain('target 80%');
    expect(text).toContain('chosen: 24 sessions');
    expect(JSON.stringify(powerCurveChart({ ...powerInput, chosenSize: undefined }))).not.toContain('chosen:');
  });
});
