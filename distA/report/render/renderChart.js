import { compile } from 'vega-lite';
import { View, parse } from 'vega';
import { Resvg } from '@resvg/resvg-js';
import { resvgFontOptions } from './fonts.js';
export async function renderChart(spec, options = {}) {
    const { vega, svg, warnings } = await specToSvg(spec);
    return { vega, svg, png: svgToPng(svg, options.pngScale ?? 2), warnings };
}
/** vega-lite spec → vega spec → SVG string, collecting warnings instead of printing them. */
export async function specToSvg(spec) {
    const warnings = [];
    const logger = collectingLogger(warnings);
    const vega = compile(spec, { logger }).spec;
    const view = new View(parse(vega), { renderer: 'none', logger, logLevel: 2 });
    try {
        const svg = await view.toSVG();
        return { vega, svg, warnings };
    }
    finally {
        view.finalize();
    }
}
/** SVG string → PNG bytes with resvg, at `scale` pixels per SVG pixel. */
export function svgToPng(svg, scale = 2) {
    const resvg = new Resvg(svg, {
        fitTo: { mode: 'zoom', value: scale },
        background: 'white',
        font: resvgFontOptions(),
    });
    return resvg.render().asPng();
}
/** A vega / vega-lite logger that keeps warnings and errors in a list (both share the shape). */
function collectingLogger(sink) {
    let current = 2;
    const logger = {
        level(value) {
            if (value === undefined)
                return current;
            current = value;
            return logger;
        },
        error(...args) {
            sink.push(`error: ${args.map(String).join(' ')}`);
            return logger;
        },
        warn(...args) {
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
//# sourceMappingURL=renderChart.js.map