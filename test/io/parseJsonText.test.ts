import { describe, expect, test } from 'vitest';
import { parseJsonText } from '../../src/io/parseJsonText.js';
import { inputErrorOf } from '../support/inputErrorOf.js';

describe('parseJsonText', () => {
  test('a UTF-8 byte-order mark is accepted', () => {
    expect(parseJsonText('\uFEFF{"seed": 3}', 'plan.json')).toEqual({ seed: 3 });
  });

  test('a key given twice is a problem at its path (JSON.parse would keep the last silently)', () => {
    const error = inputErrorOf(() => parseJsonText('{"seed": 1, "products": [{"id": "a", "price": 1, "price": 2}], "seed": 2}', 'plan.json'));
    expect(error.problems).toEqual([
      { file: 'plan.json', path: 'products[0].price', message: 'the key "price" appears twice in one object; JSON keeps only the last value, so remove one' },
      { file: 'plan.json', path: 'seed', message: 'the key "seed" appears twice in one object; JSON keeps only the last value, so remove one' },
    ]);
  });

  test('a "__proto__" key is a problem, also when spelled with escapes', () => {
    const error = inputErrorOf(() => parseJsonText('{"a": {"\\u005f_proto__": {"polluted": true}}}', 'x.json'));
    expect(error.problems).toEqual([{ file: 'x.json', path: 'a.__proto__', message: 'a key named "__proto__" is not allowed' }]);
  });

  test('equal keys in different objects, strings that look like keys, and escaped quotes are fine', () => {
    const text = '{"a": {"k": 1}, "b": {"k": "\\"k\\": 2, {"}, "c": ["k", {"k": [1, {"k": 2}]}]}';
    expect(parseJsonText(text)).toEqual(JSON.parse(text));
  });
});
