import { describe, expect, it } from 'vitest';
import { isObject } from '../../src/io/isObject.js';

describe('isObject: a parsed JSON value is an object', () => {
  it('is true for objects, empty or not, and false for null, arrays and every other JSON value', () => {
    expect([{}, { a: 1 }, JSON.parse('{"b":[1]}')].map(isObject)).toEqual([true, true, true]);
    expect([null, [], [1, 2], 'x', 0, 1.5, true, false, undefined].map(isObject)).toEqual([false, false, false, false, false, false, false, false, false]);
  });
});
