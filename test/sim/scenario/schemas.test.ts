import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { jsonSchemaFor } from '../../../src/sim/scenario/index.js';

type JsonSchema = Record<string, unknown>;

/** Every property schema under `node`, with its path. */
function properties(node: unknown, path = ''): [string, JsonSchema][] {
  if (typeof node !== 'object' || node === null) return [];
  const found: [string, JsonSchema][] = [];
  const schema = node as JsonSchema;
  for (const [name, child] of Object.entries((schema.properties as Record<string, JsonSchema> | undefined) ?? {})) {
    found.push([`${path}.${name}`, child], ...properties(child, `${path}.${name}`));
  }
  for (const key of ['items', 'additionalProperties']) found.push(...properties(schema[key], `${path}[]`));
  for (const key of ['oneOf', 'anyOf', 'allOf', 'prefixItems']) {
    ((schema[key] as unknown[] | undefined) ?? []).forEach((option, i) => found.push(...properties(option, `${path}<${i}>`)));
  }
  return found;
}

describe('livelift schema', () => {
  const schema = jsonSchemaFor('scenario');

  test('scenarios/scenario.schema.json is up to date (regenerate: node dist/cli/main.js schema > scenarios/scenario.schema.json)', () => {
    const committed = JSON.parse(readFileSync(new URL('../../../scenarios/scenario.schema.json', import.meta.url), 'utf8')) as unknown;
    expect(committed).toEqual(schema);
  });

  test('every field has a description, and every default is stated in it', () => {
    const all = properties(schema);
    expect(all.length).toBeGreaterThan(80);
    for (const [path, property] of all) {
      expect(typeof property.description, `${path} has no description`).toBe('string');
      if ('default' in property && path.split('.').length > 1) {
        const stated = property.description as string;
        expect(stated.includes('Default') || stated.includes('default'), `${path} does not state its default`).toBe(true);
      }
    }
  });

  test('fields with defaults are optional in files (the schema describes input)', () => {
    expect(schema.required).toEqual(expect.arrayContaining(['name', 'session', 'audience', 'traffic', 'products']));
    expect(schema.required).not.toContain('purchase');
  });
});
