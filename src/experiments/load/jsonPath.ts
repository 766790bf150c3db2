import { isObject } from '../../io/isObject.js';

/** One step of a JSON path: an object key or an array index. */
export type PathStep = string | number;

/**
 * Parse a path like `plan[2].startMinute` or `audience.segments[0].share` into steps
 * (`["plan", 2, "startMinute"]`). Keys are runs of letters, digits, `_`, `$` and `-`; indexes are
 * non-negative integers in brackets. Returns null when the text is not such a path.
 *
 * @example parsePath('products[0].price') // ['products', 0, 'price']
 */
export function parsePath(text: string): PathStep[] | null {
  const steps: PathStep[] = [];
  const pattern = /(?:^|\.)([A-Za-z0-9_$-]+)|\[(\d+)\]/gy;
  let match: RegExpExecArray | null;
  let consumed = 0;
  while ((match = pattern.exec(text)) !== null) {
    if (match[0] === '') break;
    steps.push(match[1] !== undefined ? match[1] : Number(match[2]));
    consumed = pattern.lastIndex;
  }
  if (consumed !== text.length || text.startsWith('.') || typeof steps[0] !== 'string') return null;
  return steps;
}

/** `["plan", 2, "startMinute"]` → `plan[2].startMinute` (the inverse of {@link parsePath}). */
export function formatSteps(steps: readonly PathStep[]): string {
  return steps.map((step, index) => (typeof step === 'number' ? `[${step}]` : index === 0 ? step : `.${step}`)).join('');
}

/** The value at a path, or undefined when any step is missing. */
export function getPath(value: unknown, steps: readonly PathStep[]): unknown {
  let current = value;
  for (const step of steps) {
    if (typeof step === 'number' ? !Array.isArray(current) : !isObject(current)) return undefined;
    current = (current as Record<string | number, unknown>)[step];
  }
  return current;
}

/**
 * A copy of `value` with `replacement` at the path; the input is not changed (objects and arrays
 * on the path are copied, the rest shared). A missing object key is created; an array index must
 * already exist. Throws a RangeError saying which step failed.
 */
export function setPath(value: unknown, steps: readonly PathStep[], replacement: unknown): unknown {
  if (steps.length === 0) return replacement;
  const [step, ...rest] = steps;
  if (typeof step === 'number') {
    if (!Array.isArray(value)) throw new RangeError(`${describe(value)} has no index [${step}]: not a list`);
    if (step >= value.length) throw new RangeError(`index [${step}] is out of range: the list has ${value.length} item(s)`);
    const copy = value.slice();
    copy[step] = setPath(value[step], rest, replacement);
    return copy;
  }
  if (!isObject(value)) throw new RangeError(`${describe(value)} has no field "${step}": not an object`);
  if (rest.length > 0 && value[step] === undefined) return { ...value, [step]: setPath(typeof rest[0] === 'number' ? [] : {}, rest, replacement) };
  return { ...value, [step]: setPath(value[step], rest, replacement) };
}

function describe(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value)?.slice(0, 40) ?? String(value);
}
