import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { renderChart, specToSvg, svgToPng } from '../../../src/report/render/renderChart.js';
import { resvgFontOptions } from '../../../src/report/render/fonts.js';
import { ALL_CHARTS } from '../fixtures/allCharts.js';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Share of pixels that are not (near) white in an RGBA buffer. */
function inkShare(pixels: Uint8Array): number {
  let ink = 0;
  for (let index = 0; index < pixels.length; index += 4) {
    if (pixels[index] < 200 || pixels[index + 1] < 200 || pixels[index + 2] < 200) ink++;
  }
  return ink / (pixels.length / 4);
}

describe('renderChart', () => {
  it.each(ALL_CHARTS)('renders %s to a non-empty SVG and PNG without warnings', async (_, spec) => {
    const rendered = await renderChart(spec);
    expect(rendered.warnings).toEqual([]);
    expect(rendered.svg.startsWith('<svg')).toBe(true);
    expect(rendered.svg.length).toBeGreaterThan(2000);
    expect(rendered.svg).toContain('<path');
    expect([...rendered.png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    const width = new DataView(rendered.png.buffer, rendered.png.byteOffset).getUint32(16);
    const svgWidth = Number(/width="(\d+)"/.exec(rendered.svg)?.[1]);
    expect(width).toBe(svgWidth * 2);
    const pixels = new Resvg(rendered.svg, { background: 'white', font: resvgFontOptions() }).render().pixels;
    expect(inkShare(pixels)).toBeGreaterThan(0.01);
  });

  it('draws text in the PNG (a font is found)', async () => {
    const textOnly = { data: { values: [{}] }, mark: { type: 'text' as const, fontSize: 40, text: 'Flash sale' }, width: 300, height: 80 };
    const { svg } = await specToSvg(textOnly);
    const pixels = new Resvg(svg, { background: 'white', font: resvgFontOptions() }).render().pixels;
    // Without a font, resvg silently drops text and the picture is blank.
    expect(inkShare(pixels)).toBeGreaterThan(0.005);
  });

  it('reports vega-lite warnings instead of printing them', async () => {
    const spec = { data: { values: [{ a: 1 }] }, mark: 'point' as const, encoding: { x: { field: 'a', type: 'quantitative' as const }, shape: { field: 'a', type: 'quantitative' as const } } };
    const { warnings } = await specToSvg(spec);
    expect(warnings.join('\n')).toMatch(/shape/i);
  });

  it('renders the same spec to the same bytes', async () => {
    const [, spec] = ALL_CHARTS[0];
    const first = await renderChart(spec);
    const second = await renderChart(spec);
    expect(second.svg).toBe(first.svg);
    expect(Buffer.from(second.png).equals(Buffer.from(first.png))).toBe(true);
  });

  it('scales the PNG', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="20"><rect width="10" height="20" fill="black"/></svg>';
    const png = svgToPng(svg, 3);
    const view = new DataView(png.buffer, png.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([30, 60]);
  });
});
