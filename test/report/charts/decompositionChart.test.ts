import { describe, expect, it } from 'vitest';
import { decompositionChart } from '../../../src/report/charts/decompositionChart.js';
import { decompositionInput } from '../fixtures/chartInputs.js';
import { expectChartConventions, specText } from './specChecks.js';

describe('decompositionChart', () => {
  it('matches the saved spec', async () => {
    await expect(specText(decompositionChart(decompositionInput))).toMatchFileSnapshot('./__snapshots__/decompositionChart.vl.json');
  });

  it('follows the chart conventions', () => expectChartConventions(decompositionChart(decompositionInput)));

  it('has the four factor panels in identity order', () => {
    const spec = decompositionChart(decompositionInput) as { hconcat: { title: string }[] };
    expect(spec.hconcat.map((panel) => panel.title)).toEqual(['A: audience', '× P: purchase rate', '× V: value per buyer', '= R: revenue']);
  });
});
