import { describe, expect, it } from 'vitest';
import { posteriorChart } from '../../../src/report/charts/posteriorChart.js';
import { posteriorInput } from '../fixtures/chartInputs.js';
import { expectChartConventions, specText } from './specChecks.js';

describe('posteriorChart', () => {
  it('matches the saved spec', async () => {
    await expect(specText(posteriorChart(posteriorInput))).toMatchFileSnapshot('./__snapshots__/posteriorChart.vl.json');
  });

  it('follows the chart conventions', () => expectChartConventions(posteriorChart(posteriorInput)));

  it('puts each variant\'s chance to beat control in its legend label', () => {
    const text = JSON.stringify(posteriorChart(posteriorInput));
    expect(text).toContain('flash sale: P(beats control) = 99.9%');
    expect(text).toContain('bundle: P(beats control) = 74.0%');
  });
});
