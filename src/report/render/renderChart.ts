import type { TopLevelSpec } from 'vega-lite';
import { compile } from 'vega-lite';
import { View, parse } from 'vega';
import { Resvg } from '@resvg/resvg-js';
import { resvgFontOptions } from './fonts.js';

/**
 * The one edge module that turns chart specs into pictures, in Node, without a browser:
 *
 *   vega-lite spec ──vega-lite compile──▶ vega spec ──vega parse──▶ View (renderer "none")
 *        ──view.toSVG()──▶ SVG string ──resvg (@resvg/resvg-js)──▶ PNG bytes
 *
 * vega's SVG renderer is a string writer, so no DOM or canvas is needed; text widths are
 * estimated (node-canvas is not installed), which only affects label truncation and layout.
 * resvg is a Rust SVG renderer whose npm package ships its native binary per platform (an
 * optionalDependency), so installing it downloads nothing else; see docs/reports.md.
 */
export interface RenderedChart {
  /** The compiled vega spec. */
  readonly vega: object;
  readonly svg: string;
  readonly png: Uint8Array;
  /** Warnings vega-lite or vega logged while compiling or rendering. */
  readonly warnings: string[];
}

export interface RenderOptions {
  /** PNG pixels per SVG pixel (default 2, for sharp text on high-density screens). */
  readonly pngScale?: number;
}

export async function renderChart(spec: TopLevelSpec, options: RenderOptions = {}): Promise<RenderedChart> {
  const { vega, svg, warnings } = await specToSvg(spec);
  return { vega, svg, png: svgToPng(svg, options.pngScale ?? 2), warnings };
}

/** vega-lite spec → vega spec → SVG string, collecting warnings instead of printing them. */
export async function specToSvg(spec: TopLevelSpec): Promise<{ vega: object; svg: string; warnings: string[] }> {
  const warnings: string[] = [];
  const logger = collectingLogger(warnings);
  const vega = compile(spec, { logger }).spec;
  const view = new View(parse(vega), { renderer: 'none', logger, logLevel: 2 });
  try {
    const svg = await view.toSVG();
    return { vega, svg, warnings };
  } finally {
    view.finalize();
  }
}

/** SVG string → PNG bytes with resvg, at `scale` pixels per SVG pixel. */
export function svgToPng(svg: string, scale = 2): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: 'white',
    font: resvgFontOptions(),
  });
  return resvg.render().asPng();
}

/** A vega / vega-lite logger that keeps warnings and errors in a list (both share the shape). */
function collectingLogger(sink: string[]) {
  let current = 2;
  const logger = {
    level(value?: number) {
      if (value === undefined) return current;
      current = value;
      return logger;
    },
    error(...args: unknown[]) {
      sink.push(`error: ${args.map(String).join(' ')}`);
      return logger;
    },
    warn(...args: unknown[]) {
      sink.push(`warning: ${args.map(String).join(' ')}`);
      return logger;
    },
    info() {
      return logger;
    },
    debug() {
      return logger;
    },
  };
  return logger;
}
