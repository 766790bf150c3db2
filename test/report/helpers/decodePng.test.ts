import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { decodePng, luminanceVariance } from './decodePng.js';

describe('decodePng (test helper)', () => {
  it('decodes a resvg PNG to the same pixels resvg reports', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><rect width="40" height="30" fill="white"/><circle cx="20" cy="15" r="9" fill="#0072B2"/><rect x="2" y="2" width="8" height="26" fill="#E69F00"/></svg>';
    const rendered = new Resvg(svg).render();
    const decoded = decodePng(rendered.asPng());
    expect([decoded.width, decoded.height]).toEqual([40, 30]);
    expect(Buffer.from(decoded.rgba).equals(Buffer.from(rendered.pixels))).toBe(true);
    expect(luminanceVariance(decoded.rgba)).toBeGreaterThan(100);
  });

  it('scores a blank picture as zero variance', () => {
    const png = new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20"><rect width="20" height="20" fill="white"/></svg>').render().asPng();
    expect(luminanceVariance(decodePng(png).rgba)).toBeLessThan(1e-6);
  });
});
