import { describe, expect, it } from 'vitest';
import { segmentBreakdownChart } from '../../../src/report/charts/segmentBreakdownChart.js';
import { segmentInput } from '../fixtures/chartInputs.js';
import { expectChartConventions, specText } from './specChecks.js';

describe('segmentBreakdownChart', () => {
  it('matches the saved spec', async () => {
    await expect(specText(segmentBreakdownChart(segmentInput))).toMatchFileSnapshot('./__snapshots__/segmentBreakdownChart.vl.json');
  });

  it('follows the chart conventions', () => expectChartConventions(segmentBreakdownChart(segmentInput)));

  it('keeps the segments in input order', () => {
    const text = JSON.stringify(segmentBreakdownChart(segmentInput));
    expect(text).toContain('"sort":["followers","recommendation feed","paid ads"]');
  });
});
