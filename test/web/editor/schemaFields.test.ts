import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFor } from '../../../src/sim/scenario/schemas.js';
import { formatPath } from '../../../src/sim/scenario/zodProblems.js';
import { schemaFields, type JsonSchemaNode } from '../../../src/web/editor/schemaFields.js';

const schema = jsonSchemaFor('scenario') as JsonSchemaNode;
const flagship = JSON.parse(readFileSync('scenarios/python-course-launch.json', 'utf8')) as Record<string, unknown>;
const fields = schemaFields(schema, flagship);
const at = (path: string) => fields.find((field) => formatPath(field.path) === path);

describe('schemaFields: the plan editor\'s forms from the scenario schema', () => {
  it('offers every field of a block the plan leaves out, with the default it takes', () => {
    expect(flagship.costs).toBeUndefined();
    const costs = fields.filter((field) => field.path[0] === 'costs');
    expect(costs.map((field) => formatPath(field.path))).toEqual(['costs.platformCommissionPercent', 'costs.perOrder', 'costs.hostFee', 'costs.referralRewardPerShare']);
    for (const field of costs) expect(field).toMatchObject({ kind: 'number', present: false, required: false, default: 0 });
    expect(at('session.variation.enabled')).toMatchObject({ kind: 'boolean', present: false, default: true });
  });

  it('lists what the plan sets with its value, required fields as required', () => {
    expect(at('products[0].price')).toMatchObject({ kind: 'number', present: true, required: true, value: (flagship.products as { price: number }[])[0].price });
    expect(at('session.durationMinutes')).toMatchObject({ present: true, required: true });
  });

  it('follows a union to the branch the value names, and offers the other kinds', () => {
    const saleIndex = (flagship.plan as { type: string }[]).findIndex((segment) => segment.type === 'flash_sale');
    expect(at(`plan[${saleIndex}].stock`)).toMatchObject({ kind: 'integer', present: true });
    expect(at(`plan[${saleIndex}].effects.leaveMultiplier`)).toMatchObject({ kind: 'number', present: false, required: false });
    expect(at('plan[0].stock'), 'only flash sales have stock').toBeUndefined();
    expect(at(`plan[${saleIndex}].type`)).toMatchObject({ kind: 'enum', discriminator: true });
    expect(at(`plan[${saleIndex}].type`)?.options).toContain('qa');
    const arrivals = at('traffic.arrivals.kind');
    expect(arrivals).toMatchObject({ kind: 'enum', discriminator: true, present: true });
    expect(arrivals?.options).toEqual(['constant', 'curve', 'sine']);
  });

  it('covers every leaf the plan sets: no value of the plan is left without a field', () => {
    const shown = new Set(fields.map((field) => formatPath(field.path)));
    const missing: string[] = [];
    const walk = (value: unknown, path: (string | number)[]) => {
      if (shown.has(formatPath(path))) return;
      if (value !== null && typeof value === 'object') {
        for (const [key, child] of Object.entries(value)) walk(child, [...path, Array.isArray(value) ? Number(key) : key]);
      } else missing.push(formatPath(path));
    };
    for (const [key, value] of Object.entries(flagship)) if (key !== '$schema') walk(value, [key]);
    expect(missing).toEqual([]);
  });

  it('makes a field of an absent block optional even when the block requires it once given', () => {
    const bare = schemaFields(schema, { name: 'x' });
    expect(bare.find((field) => formatPath(field.path) === 'session.durationMinutes')).toMatchObject({ required: false, present: false });
  });
});
