import { describe, expect, it } from 'vitest';
import { forestChart } from '../../../src/report/charts/forestChart.js';
import { forestInput } from '../fixtures/chartInputs.js';
import { expectChartConventions, specText } from './specChecks.js';

describe('forestChart', () => {
  it('matches the saved spec', async () => {
    await expect(specText(forestChart(forestInput))).toMatchFileSnapshot('./__snapshots__/forestChart.vl.json');
  });

  it('follows the chart conventions', () => expectChartConventions(forestChart(forestInput)));

  it('says in the subtitle whether intervals are adjusted', () => {
    const subtitle = (spec: unknown) => (spec as { title: { subtitle: string } }).title.subtitle;
    expect(subtitle(forestChart(forestInput))).toContain('adjusted for multiple comparisons (Holm)');
    expect(subtitle(forestChart({ ...forestInput, correction: undefined }))).toContain('unadjusted');
  });
});
