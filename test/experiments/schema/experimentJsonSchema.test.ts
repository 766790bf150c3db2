import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { experimentJsonSchema } from '../../../src/experiments/schema/experimentJsonSchema.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const COMMITTED = join(ROOT, 'scenarios', 'experiments', 'experiment.schema.json');

/** Every property of every object schema, with its path. */
function properties(schema: unknown, path = '(root)'): [string, Record<string, unknown>][] {
  if (schema === null || typeof schema !== 'object') return [];
  const node = schema as Record<string, unknown>;
  const own = node.properties ? Object.entries(node.properties as Record<string, Record<string, unknown>>).map(([key, value]) => [`${path}.${key}`, value] as [string, Record<string, unknown>]) : [];
  const nested = Object.entries(node).flatMap(([key, value]) =>
    key === 'properties'
      ? Object.entries(value as Record<string, unknown>).flatMap(([name, child]) => properties(child, `${path}.${name}`))
      : Array.isArray(value) ? value.flatMap((child) => properties(child, path)) : typeof value === 'object' ? properties(value, path) : [],
  );
  return [...own, ...nested];
}

describe('experiment JSON Schema', () => {
  it('the committed scenarios/experiments/experiment.schema.json is current (regenerate: see docs/experiments.md)', () => {
    const committed = JSON.parse(readFileSync(COMMITTED, 'utf8'));
    expect(committed).toEqual(experimentJsonSchema());
  });
  it('describes every field of the experiment format (the inline scenario is the scenario schema)', () => {
    const schema = experimentJsonSchema() as { properties: Record<string, unknown> };
    const { scenario: _scenario, ...own } = schema.properties;
    const undescribed = properties({ properties: own }).filter(([path, value]) => !path.endsWith('.$schema') && typeof value.description !== 'string' && value.$ref === undefined);
    expect(undescribed.map(([path]) => path)).toEqual([]);
  });
  it('states defaults in descriptions', () => {
    const descriptions: string[] = [];
    JSON.stringify(experimentJsonSchema(), (key, value: unknown) => (key === 'description' && typeof value === 'string' && descriptions.push(value), value));
    const text = descriptions.join('\n');
    for (const fragment of ['Default: 200.', 'Default: 1.', 'Default: "holm".', 'Default: 0.05.', 'Default: "revenuePerViewer".']) expect(text).toContain(fragment);
  });
});
