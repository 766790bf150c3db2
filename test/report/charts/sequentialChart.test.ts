import { describe, expect, it } from 'vitest';
import { sequentialChart } from '../../../src/report/charts/sequentialChart.js';
import { sequentialInput } from '../fixtures/chartInputs.js';
import { expectChartConventions, specText } from './specChecks.js';

describe('sequentialChart', () => {
  it('matches the saved spec', async () => {
    await expect(specText(sequentialChart(sequentialInput))).toMatchFileSnapshot('./__snapshots__/sequentialChart.vl.json');
  });

  it('follows the chart conventions', () => expectChartConventions(sequentialChart(sequentialInput)));

  it('draws the peeking intervals only when given', () => {
    const looks = sequentialInput.looks.map(({ at, estimate, lo, hi }) => ({ at, estimate, lo, hi }));
    const count = (spec: unknown) => (spec as { layer: unknown[] }).layer.length;
    expect(count(sequentialChart(sequentialInput)) - count(sequentialChart({ ...sequentialInput, looks }))).toBe(2);
  });
});
