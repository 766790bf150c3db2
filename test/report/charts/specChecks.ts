/** Checks every chart spec must pass: a title, the shared theme, and units on quantitative axes. */
import type { TopLevelSpec } from 'vega-lite';
import { expect } from 'vitest';
import { OKABE_ITO } from '../../../src/report/theme.js';

export function expectChartConventions(spec: TopLevelSpec): void {
  const title = (spec as { title?: { text?: unknown } }).title;
  expect(typeof title?.text === 'string' && title.text.length > 0, 'chart has a title').toBe(true);
  expect((spec.config?.range as { category?: unknown } | undefined)?.category).toEqual([...OKABE_ITO]);
  const quantitativeTitles = collectAxisTitles(spec);
  expect(quantitativeTitles.length, 'at least one quantitative axis with a title').toBeGreaterThan(0);
  for (const axisTitle of quantitativeTitles) expect(axisTitle, 'axis title names its unit').toMatch(/\(.+\)/);
}

/** Titles of x / y encodings of quantitative fields, anywhere in the spec. */
function collectAxisTitles(node: unknown, titles: string[] = []): string[] {
  if (Array.isArray(node)) {
    for (const child of node) collectAxisTitles(child, titles);
  } else if (node !== null && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    const encoding = record.encoding as Record<string, { type?: string; title?: unknown }> | undefined;
    for (const channel of ['x', 'y'] as const) {
      const definition = encoding?.[channel];
      if (definition?.type === 'quantitative' && typeof definition.title === 'string') titles.push(definition.title);
    }
    for (const [key, value] of Object.entries(record)) if (key !== 'data' && key !== 'datasets') collectAxisTitles(value, titles);
  }
  return titles;
}

/** Pretty JSON for file snapshots (stable key order as built). */
export function specText(spec: TopLevelSpec): string {
  return `${JSON.stringify(spec, null, 2)}\n`;
}
