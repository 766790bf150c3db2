import fc from 'fast-check';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { jsonSyntaxError } from '../../src/io/jsonSyntaxError.js';
import { parseJsonText } from '../../src/io/parseJsonText.js';
import { inputErrorOf } from '../support/inputErrorOf.js';

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('jsonSyntaxError', () => {
  test.each([
    ['{"a": 1,}', 8, 'expected a string key'],
    ['{\n  "a": 1,\n  }', 14, 'expected a string key'],
    ['[1, 2', 5, 'unexpected end of the text (missing "]")'],
    ['{"a" 1}', 5, 'expected ":"'],
    ['{"a": tru}', 9, 'expected true'],
    ['"abc', 4, 'unterminated string'],
    ['"a\tb"', 2, 'control character'],
    ['"\\x"', 2, 'unknown escape'],
    ['01', 1, 'after the end'],
    ['1.', 2, 'after the decimal point'],
    ['1e+', 3, 'exponent'],
    ['', 0, 'unexpected end'],
    ['[1] x', 4, 'after the end'],
  ])('%j: offset %i', (text, offset, message) => {
    expect(parses(text)).toBe(false);
    const error = jsonSyntaxError(text)!;
    expect(error.offset).toBe(offset);
    expect(error.message).toContain(message);
  });

  test('valid JSON has no error', () => {
    for (const text of ['{}', '[]', ' {"a": [1, -0.5e-3, true, false, null, "\\u00e9\\n"], "b": {}} ', '0', '"x"']) expect(jsonSyntaxError(text)).toBeNull();
  });

  test('agrees with JSON.parse on whether text is valid (generated JSON, cut and altered)', () => {
    const edited = fc.tuple(fc.json(), fc.nat(), fc.nat(3), fc.constantFrom('', ',', '}', ']', '"', ':', 'x', '\n', '1', '-', '.', 'e', '\\'));
    fc.assert(
      fc.property(edited, ([json, at, cut, insert]) => {
        const position = json.length === 0 ? 0 : at % json.length;
        const text = json.slice(0, position) + insert + json.slice(position + cut);
        expect(jsonSyntaxError(text) === null).toBe(parses(text));
      }),
      { numRuns: 3000, seed: 13 },
    );
  });

  test('on engines that give "position N", the offset is the same N', () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.constantFrom(',', '}', ']', ':', 'x', '"'), (json, at, insert) => {
        const text = json.slice(0, at % (json.length + 1)) + insert + json.slice(at % (json.length + 1));
        let message = '';
        try {
          JSON.parse(text);
        } catch (error) {
          message = (error as Error).message;
        }
        const position = /position (\d+)/.exec(message);
        if (position !== null) expect(jsonSyntaxError(text)?.offset).toBe(Number(position[1]));
      }),
      { numRuns: 2000, seed: 7 },
    );
  });
});

describe('parseJsonText gives line and column whatever the engine says', () => {
  afterEach(() => vi.restoreAllMocks());

  test('an engine message without a position (as Chromium and newer Node give) still yields line and column', () => {
    const parse = JSON.parse;
    vi.spyOn(JSON, 'parse').mockImplementation((text: string) => {
      if (jsonSyntaxError(text) !== null) throw new SyntaxError('Unexpected token');
      return parse(text) as unknown;
    });
    const error = inputErrorOf(() => parseJsonText('{\n  "seed": 3,\n  }', 'plan.json'));
    expect(error.problems[0].message).toBe('invalid JSON at line 3, column 3: expected a string key in double quotes, found "}"');
  });
});
