import { describe, expect, it } from 'vitest';
import { timelineChart } from '../../../src/report/charts/timelineChart.js';
import { timelineInput } from '../fixtures/chartInputs.js';
import { expectChartConventions, specText } from './specChecks.js';

describe('timelineChart', () => {
  it('matches the saved spec', async () => {
    await expect(specText(timelineChart(timelineInput))).toMatchFileSnapshot('./__snapshots__/timelineChart.vl.json');
  });

  it('follows the chart conventions', () => expectChartConventions(timelineChart(timelineInput)));

  it('draws the plan strip, then one panel per metric with the segment bands behind', () => {
    const spec = timelineChart(timelineInput) as { vconcat: { layer: { mark: { type: string } }[] }[] };
    expect(spec.vconcat).toHaveLength(6);
    const marks = spec.vconcat.map((panel) => panel.layer.map((layer) => layer.mark.type));
    expect(marks[0]).toEqual(['rect', 'text']);
    for (const panel of marks.slice(1)) expect(panel).toEqual(['rect', 'area', 'line']);
  });

  it('leaves out the plan strip when there is no plan', () => {
    const spec = timelineChart({ ...timelineInput, segments: [] }) as { vconcat: unknown[] };
    expect(spec.vconcat).toHaveLength(5);
  });

  it('leaves out the band layer when no replicate band is given', () => {
    const series = timelineInput.series.map(({ minute, metric, mean }) => ({ minute, metric, mean }));
    const spec = timelineChart({ ...timelineInput, series }) as { vconcat: { layer: { mark: { type: string } }[] }[] };
    expect(spec.vconcat[2].layer.map((layer) => layer.mark.type)).toEqual(['rect', 'line']);
  });
});
