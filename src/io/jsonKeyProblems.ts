import type { InputProblem } from './inputError.js';

/**
 * Keys that JSON.parse accepts but a user did not mean: a key given twice in one object (the
 * parser silently keeps the last) and `__proto__` (which would reach an object's prototype when
 * the value is copied). Runs over text JSON.parse has already accepted; one linear pass.
 *
 * @example jsonKeyProblems('{"seed": 1, "seed": 2}') // [{ path: 'seed', message: 'the key "seed" appears twice …' }]
 */
export function jsonKeyProblems(text: string): InputProblem[] {
  const problems: InputProblem[] = [];
  // One frame per open object or array: its path, the keys seen, the current key or index.
  const stack: { path: string; keys?: Set<string>; key: string; index: number; expectKey: boolean }[] = [];
  const here = (frame: (typeof stack)[number]): string =>
    frame.keys === undefined ? `${frame.path}[${frame.index}]` : frame.path === '' ? frame.key : `${frame.path}.${frame.key}`;
  for (let position = 0; position < text.length; position++) {
    const character = text[position];
    const top = stack[stack.length - 1];
    if (character === '"') {
      const end = stringEnd(text, position);
      if (top?.keys !== undefined && top.expectKey) {
        const key = JSON.parse(text.slice(position, end + 1)) as string;
        if (top.keys.has(key)) problems.push({ path: here({ ...top, key }), message: `the key ${JSON.stringify(key)} appears twice in one object; JSON keeps only the last value, so remove one` });
        if (key === '__proto__') problems.push({ path: here({ ...top, key }), message: 'a key named "__proto__" is not allowed' });
        top.keys.add(key);
        top.key = key;
        top.expectKey = false;
      }
      position = end;
    } else if (character === '{' || character === '[') {
      const path = top === undefined ? '' : here(top);
      stack.push({ path, keys: character === '{' ? new Set() : undefined, key: '', index: 0, expectKey: true });
    } else if (character === '}' || character === ']') stack.pop();
    else if (character === ',' && top !== undefined) {
      top.index++;
      top.expectKey = true;
    }
  }
  return problems;
}

/** Position of the closing quote of the string that opens at `start`. */
function stringEnd(text: string, start: number): number {
  let position = start + 1;
  while (text[position] !== '"') position += text[position] === '\\' ? 2 : 1;
  return position;
}
