import { isObject } from '../../io/isObject.js';
import type { PathStep } from '../load/jsonPath.js';

/** A place where two JSON values differ, with both values there. */
export interface Difference {
  readonly path: PathStep[];
  readonly before: unknown;
  readonly after: unknown;
}

/**
 * Leaf-level differences between two JSON values (parsed scenarios): objects are compared key by
 * key, arrays of equal length item by item; an array whose length changed, or values of different
 * types, differ as a whole. Keys in insertion order of `before`, then new keys of `after`.
 *
 * @example scenarioDiff({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] }) // [{ path: ['b', 1], before: 2, after: 3 }]
 */
export function scenarioDiff(before: unknown, after: unknown, path: PathStep[] = []): Difference[] {
  if (Object.is(before, after)) return [];
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    return before.flatMap((item, index) => scenarioDiff(item, after[index], [...path, index]));
  }
  if (isObject(before) && isObject(after)) {
    const keys = [...Object.keys(before), ...Object.keys(after).filter((key) => !(key in before))];
    return keys.flatMap((key) => scenarioDiff(before[key], after[key], [...path, key]));
  }
  return [{ path, before, after }];
}
