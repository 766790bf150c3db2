/**
 * Whether a parsed JSON value is an object (not null, not an array): the one check every reader of
 * JSON documents uses before looking up a field (experiment paths, scenario merges and diffs, the
 * web editor's forms). Imports nothing, so any layer, the browser included, may use it.
 */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
