/**
 * The one visual theme every livelift chart shares.
 *
 * Colours are the Okabe–Ito palette (Okabe & Ito, "Color Universal Design", 2008; Wong, "Points
 * of view: Color blindness", Nature Methods 8:441, 2011), which stays distinguishable under the
 * common colour-vision deficiencies. Blue comes first so the control arm is always blue and the
 * first variant orange, the pair that is safest for every kind of colour blindness.
 */
export const OKABE_ITO = [
    '#0072B2', // blue: control
    '#E69F00', // orange: first variant
    '#009E73', // bluish green
    '#D55E00', // vermillion
    '#CC79A7', // reddish purple
    '#56B4E9', // sky blue
    '#F0E442', // yellow (low contrast on white: last)
    '#000000', // black
];
/** Named roles, so charts say what a colour means rather than which colour it is. */
export const COLORS = {
    control: OKABE_ITO[0],
    variant: OKABE_ITO[1],
    positive: OKABE_ITO[2],
    negative: OKABE_ITO[3],
    highlight: OKABE_ITO[3],
    reference: '#555555',
    band: '#999999',
    segmentBand: '#56B4E9',
};
/**
 * Fonts: DejaVu Sans first because Debian ships it in `fonts-dejavu-core` (on the Node machine
 * image, and installed by `.ci/run` when missing), so Node (resvg) and Chromium draw the same glyphs.
 */
export const FONT_FAMILY = 'DejaVu Sans, Helvetica, Arial, sans-serif';
/** Default chart width and height in pixels (one panel). */
export const PANEL = { width: 520, height: 260, smallWidth: 220, smallHeight: 200 };
/** vega-lite config shared by every chart (put on each spec so a `*.vl.json` is self-contained). */
export const CHART_CONFIG = {
    font: FONT_FAMILY,
    background: 'white',
    padding: 12,
    range: { category: [...OKABE_ITO] },
    title: { fontSize: 15, anchor: 'start', subtitleFontSize: 11, subtitleColor: '#444444', offset: 10 },
    // Label limits are generous because, without a canvas, vega over-estimates text widths.
    axis: { labelFontSize: 11, titleFontSize: 12, titleFontWeight: 'normal', gridColor: '#e6e6e6', labelLimit: 360 },
    legend: { labelFontSize: 11, titleFontSize: 12, titleFontWeight: 'normal', labelLimit: 480 },
    header: { labelFontSize: 12, titleFontSize: 12 },
    view: { stroke: null },
};
/** The vega-lite JSON schema every spec names, so editors and the online editor validate it. */
export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';
/** Common top of every spec: schema, title (with optional subtitle lines) and the theme. */
export function specHeader(title, subtitle) {
    return {
        $schema: VEGA_LITE_SCHEMA,
        title: subtitle === undefined ? { text: title } : { text: title, subtitle },
        config: CHART_CONFIG,
    };
}
/** Colour scale that assigns the palette to names in the given order (control first). */
export function categoryScale(names) {
    return { domain: [...names], range: names.map((_, index) => OKABE_ITO[index % OKABE_ITO.length]) };
}
//# sourceMappingURL=theme.js.map