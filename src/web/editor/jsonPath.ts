/** A path into plan JSON: keys and array indexes, as zod reports them. */
export type JsonPath = readonly (string | number)[];

export function getAt(json: unknown, path: JsonPath): unknown {
  let value = json;
  for (const part of path) value = value === null || typeof value !== 'object' ? undefined : (value as Record<string | number, unknown>)[part];
  return value;
}

/** A copy of `json` with `value` at `path` (undefined removes the key); the original is untouched. */
export function setAt(json: unknown, path: JsonPath, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const container: Record<string | number, unknown> | unknown[] = Array.isArray(json) ? [...json] : json !== null && typeof json === 'object' ? { ...(json as object) } : typeof head === 'number' ? [] : {};
  const next = setAt((container as Record<string | number, unknown>)[head], rest, value);
  if (next === undefined && !Array.isArray(container)) delete (container as Record<string, unknown>)[head];
  else (container as Record<string | number, unknown>)[head] = next;
  return container;
}

/** Every primitive leaf under `json` (numbers, strings, booleans), with its path, in document order. */
export function leaves(json: unknown, path: JsonPath = []): { path: JsonPath; value: string | number | boolean }[] {
  if (typeof json === 'number' || typeof json === 'string' || typeof json === 'boolean') return [{ path, value: json }];
  if (Array.isArray(json)) {
    if (json.every((item) => typeof item === 'string')) return [{ path, value: json.join(', ') }];
    return json.flatMap((item, index) => leaves(item, [...path, index]));
  }
  if (json !== null && typeof json === 'object') return Object.entries(json).flatMap(([key, value]) => leaves(value, [...path, key]));
  return [];
}
