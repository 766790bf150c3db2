import { isObject } from '../../io/isObject.js';

/**
 * Merge `overrides` into `base` without changing either: plain objects merge key by key
 * (recursively), everything else (arrays, numbers, strings, null) in `overrides` replaces the
 * value in `base`; `undefined` leaves it unchanged.
 *
 * @example
 * deepMerge({ a: { x: 1, y: 2 }, list: [1, 2] }, { a: { y: 3 }, list: [9] });
 * // { a: { x: 1, y: 3 }, list: [9] }
 */
export function deepMerge(base: unknown, overrides: unknown): unknown {
  if (overrides === undefined) return base;
  if (!isObject(base) || !isObject(overrides)) return overrides;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) merged[key] = deepMerge(base[key], value);
  return merged;
}
