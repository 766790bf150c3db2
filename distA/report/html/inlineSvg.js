/**
 * Prepare a vega-rendered SVG for inlining next to other charts in one HTML page.
 *
 * Element ids (clip paths, gradients) are document-wide in HTML, and vega numbers them from 1 in
 * every SVG, so two charts could point at each other's clip paths: prefix every id and every
 * reference to one. vega escapes text content, so the SVG carries input text as text; we still
 * refuse anything active (script, event handler, foreign object, javascript: URL) as a bug.
 */
export function inlineSvg(svg, idPrefix) {
    assertInertSvg(svg);
    const body = svg.replace(/^<\?xml[^>]*>\s*/, '');
    return body
        .replace(/\bid="([^"]+)"/g, (_, id) => `id="${idPrefix}-${id}"`)
        .replace(/url\(#([^)]+)\)/g, (_, id) => `url(#${idPrefix}-${id})`)
        .replace(/href="#([^"]+)"/g, (_, id) => `href="#${idPrefix}-${id}"`);
}
const TAG = /<([a-zA-Z][\w:.-]*)((?:\s+[^\s=/>]+="[^"]*")*)\s*\/?>/g;
const ATTRIBUTE = /\s([^\s=/>]+)="([^"]*)"/g;
const ACTIVE_ELEMENTS = new Set(['script', 'foreignobject', 'iframe', 'object', 'embed']);
/**
 * Throw when an SVG holds an active element, an event-handler attribute or a javascript: link.
 * Only tags and attribute names are inspected, so input text that merely reads like markup
 * (a variant called `x onload=1`, escaped by vega) passes.
 */
export function assertInertSvg(svg) {
    if (!svg.startsWith('<svg') && !svg.startsWith('<?xml'))
        throw new Error('renderer returned something that is not an SVG document');
    const found = findActiveContent(svg);
    if (found !== undefined)
        throw new Error(`rendered SVG contains active content (${found}); text was not escaped`);
}
/** The first active element, event-handler attribute or javascript: link in markup, if any. */
export function findActiveContent(markup) {
    for (const [, name, attributes] of markup.matchAll(TAG)) {
        if (ACTIVE_ELEMENTS.has(name.toLowerCase()))
            return `<${name}>`;
        for (const [, attribute, value] of attributes.matchAll(ATTRIBUTE)) {
            const lower = attribute.toLowerCase();
            if (lower.startsWith('on'))
                return `${attribute}=`;
            if (lower.endsWith('href') && /^\s*javascript:/i.test(value))
                return 'javascript: link';
        }
    }
    return undefined;
}
//# sourceMappingURL=inlineSvg.js.map