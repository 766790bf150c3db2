import { isObject } from '../../io/isObject.js';
import type { JsonPath } from './jsonPath.js';

/** The part of JSON Schema (draft 2020-12, as zod writes it) that the plan editor reads. */
export interface JsonSchemaNode {
  type?: string | string[];
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
  additionalProperties?: boolean | JsonSchemaNode;
  items?: JsonSchemaNode | false;
  prefixItems?: JsonSchemaNode[];
  oneOf?: JsonSchemaNode[];
  anyOf?: JsonSchemaNode[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  description?: string;
  minimum?: number;
  maximum?: number;
}

/** How a field is edited. */
export type FieldKind = 'number' | 'integer' | 'boolean' | 'enum' | 'string' | 'words' | 'json';

/** One editable field of the plan: where it is, what the schema says of it, and its value if set. */
export interface FieldSpec {
  path: JsonPath;
  kind: FieldKind;
  description?: string;
  /** The schema's default, shown when the field is absent. */
  default?: unknown;
  options?: string[];
  /** Whether the plan must set it (no default). */
  required: boolean;
  /** Whether the plan's JSON has it. */
  present: boolean;
  value: unknown;
  /** The key that picks a union's branch (`kind`, `type`): changing it starts the object afresh. */
  discriminator?: boolean;
}

/**
 * Every field the schema allows under `path`, present in the plan or not: the plan editor's forms.
 * Objects list all their properties (absent ones with the default they take); arrays of objects
 * list each item's fields; a union picks the branch the value names (its `type` or `kind`) or, when
 * absent, stays one JSON field; tuples and free-form maps are JSON fields.
 */
export function schemaFields(schema: JsonSchemaNode, value: unknown, path: JsonPath = [], required = true): FieldSpec[] {
  const node = nonNull(schema);
  const branches = node.oneOf ?? node.anyOf;
  if (branches !== undefined) {
    const branch = pickBranch(branches, value);
    if (branch === undefined) return [leaf(node, value, path, required, 'json')];
    const key = discriminatorOf(branch);
    const fields = schemaFields({ ...branch, description: branch.description ?? node.description, default: branch.default ?? node.default }, value, path, required);
    if (key === undefined) return fields;
    const options = branches.map((each) => each.properties?.[key]?.const).filter((option) => option !== undefined).map(String);
    return fields.map((field) => (field.path.length === path.length + 1 && field.path.at(-1) === key ? { ...field, kind: 'enum' as const, options, discriminator: true } : field));
  }
  if (node.properties !== undefined) {
    const object = isObject(value) ? value : undefined;
    const own = Object.entries(node.properties).flatMap(([key, child]) => schemaFields(child, object?.[key], [...path, key], (node.required ?? []).includes(key) && object !== undefined));
    const extra = typeof node.additionalProperties === 'object' && object !== undefined ? Object.keys(object).filter((key) => !(key in node.properties!)).flatMap((key) => schemaFields(node.additionalProperties as JsonSchemaNode, object[key], [...path, key], false)) : [];
    return [...own, ...extra];
  }
  if (typeOf(node) === 'object' && typeof node.additionalProperties === 'object') {
    // A map such as host.expertise: its entries, or one JSON field while it has none.
    if (!isObject(value) || Object.keys(value).length === 0) return [leaf(node, value, path, required, 'json')];
    return Object.entries(value).flatMap(([key, item]) => schemaFields(node.additionalProperties as JsonSchemaNode, item, [...path, key], false));
  }
  if (typeOf(node) === 'array') {
    const items = node.items === false ? undefined : node.items;
    const itemType = items === undefined ? undefined : typeOf(nonNull(items));
    if (itemType === 'string' && node.prefixItems === undefined) return [leaf(node, value, path, required, 'words')];
    const objectItems = items !== undefined && (itemType === 'object' || nonNull(items).oneOf !== undefined || nonNull(items).properties !== undefined);
    if (objectItems && Array.isArray(value) && value.length > 0) return value.flatMap((item, index) => schemaFields(items!, item, [...path, index]));
    return [leaf(node, value, path, required, 'json')];
  }
  return [leaf(node, value, path, required)];
}

function leaf(node: JsonSchemaNode, value: unknown, path: JsonPath, required: boolean, forced?: FieldKind): FieldSpec {
  const kind: FieldKind = forced ?? (node.enum !== undefined ? 'enum' : typeOf(node) === 'integer' ? 'integer' : typeOf(node) === 'number' ? 'number' : typeOf(node) === 'boolean' ? 'boolean' : typeOf(node) === 'string' ? 'string' : 'json');
  return {
    path,
    kind,
    description: node.description,
    default: node.default,
    options: node.enum?.map(String),
    required: required && node.default === undefined,
    present: value !== undefined,
    value,
  };
}

/** The branch a value names by its constant `type` / `kind`; absent values match no branch. */
function pickBranch(branches: JsonSchemaNode[], value: unknown): JsonSchemaNode | undefined {
  const real = branches.filter((branch) => typeOf(branch) !== 'null');
  if (real.length === 1) return real[0];
  if (!isObject(value)) return undefined;
  return real.find((branch) => Object.entries(branch.properties ?? {}).some(([key, property]) => property.const !== undefined && value[key] === property.const));
}

/** The property whose constant names this branch. */
function discriminatorOf(branch: JsonSchemaNode): string | undefined {
  return Object.entries(branch.properties ?? {}).find(([, property]) => property.const !== undefined)?.[0];
}

/** `X | null` as X. */
function nonNull(node: JsonSchemaNode): JsonSchemaNode {
  const branches = node.anyOf ?? node.oneOf;
  if (branches === undefined) return node;
  const real = branches.filter((branch) => typeOf(branch) !== 'null');
  return real.length === 1 && real.length < branches.length ? { ...real[0], description: real[0].description ?? node.description, default: real[0].default ?? node.default } : node;
}

function typeOf(node: JsonSchemaNode): string | undefined {
  if (Array.isArray(node.type)) return node.type.find((type) => type !== 'null');
  if (node.type !== undefined) return node.type;
  if (node.const !== undefined) return typeof node.const === 'number' ? 'number' : typeof node.const;
  return node.properties !== undefined ? 'object' : undefined;
}
