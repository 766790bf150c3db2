import { describe, expect, it } from 'vitest';
import { inlineSvg } from '../../../src/report/html/inlineSvg.js';

describe('inlineSvg', () => {
  it('prefixes ids and the references to them so two charts cannot collide', () => {
    const svg = '<svg><defs><clipPath id="clip1"><rect/></clipPath></defs><g clip-path="url(#clip1)"><use href="#clip1"/></g></svg>';
    expect(inlineSvg(svg, 'chart-a')).toBe(
      '<svg><defs><clipPath id="chart-a-clip1"><rect/></clipPath></defs><g clip-path="url(#chart-a-clip1)"><use href="#chart-a-clip1"/></g></svg>',
    );
  });

  it('drops an XML declaration', () => {
    expect(inlineSvg('<?xml version="1.0"?>\n<svg></svg>', 'p')).toBe('<svg></svg>');
  });

  it.each(['<svg><script>x</script></svg>', '<svg><g onload="x"/></svg>', '<svg><a xlink:href="javascript:x"/></svg>', '<svg><foreignObject/></svg>', '<svg><g class="a" ONCLICK="x"></g></svg>'])(
    'refuses active content: %s',
    (svg) => {
      expect(() => inlineSvg(svg, 'p')).toThrow(/active content/);
    },
  );

  it('refuses something that is not an SVG', () => {
    expect(() => inlineSvg('<html></html>', 'p')).toThrow(/not an SVG/);
  });

  it('lets through text and attribute values that merely read like markup', () => {
    const svg = '<svg><g aria-label="x onload=1 javascript:alert(1)"><text>&lt;script&gt; onclick="y" javascript:z</text></g></svg>';
    expect(inlineSvg(svg, 'p')).toBe(svg);
  });
});
