/** Checks shared by the report-builder tests: every chart renders to a non-empty SVG and PNG, without warnings. */
import { expect } from 'vitest';
import { renderChart } from '../../src/report/render/renderChart.js';
import type { Report } from '../../src/report/report.js';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47];

export async function expectChartsRender(report: Report): Promise<void> {
  for (const chart of report.charts) {
    const rendered = await renderChart(chart.spec);
    expect(rendered.warnings, `${chart.name} renders without warnings`).toEqual([]);
    expect(rendered.svg, `${chart.name} SVG`).toMatch(/^<svg[\s\S]*<path[\s\S]*<\/svg>$/);
    expect(rendered.png.length, `${chart.name} PNG size`).toBeGreaterThan(5000);
    expect([...rendered.png.subarray(0, 4)]).toEqual(PNG_SIGNATURE);
  }
}

/** The report's chart specs as one snapshot text (a change to a chart shows as a diff). */
export function specsText(report: Report): string {
  return `${JSON.stringify(Object.fromEntries(report.charts.map((chart) => [chart.name, chart.spec])), null, 2)}\n`;
}
