import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeUtf8File } from '../../src/io/decodeUtf8File.js';
import { firstInvalidUtf8 } from '../../src/io/firstInvalidUtf8.js';
import { inputErrorOf } from '../support/inputErrorOf.js';
import '../support/fastCheckSeed.js';

describe('decodeUtf8File', () => {
  test('Latin-1 bytes are refused with the byte offset and line, never turned into U+FFFD', () => {
    const bytes = Buffer.concat([Buffer.from('{\n  "name": "caf'), Buffer.from([0xe9]), Buffer.from('"\n}\n')]);
    expect(inputErrorOf(() => decodeUtf8File(bytes, 'plan.json')).problems).toEqual([
      { file: 'plan.json', message: 'not UTF-8: byte 0xe9 at byte offset 16 (line 2); save the file as UTF-8' },
    ]);
  });

  test('a byte-order mark is dropped', () => {
    expect(decodeUtf8File(Buffer.from('\uFEFF{}'), 'a.json')).toBe('{}');
  });
});

describe('firstInvalidUtf8 agrees with a strict decoder', () => {
  test('-1 exactly when the bytes decode; otherwise everything before the offset decodes', () => {
    const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    const decodes = (bytes: Uint8Array): boolean => {
      try {
        strict.decode(bytes);
        return true;
      } catch {
        return false;
      }
    };
    const utf8ish = fc.oneof(fc.uint8Array({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 6 }).map((text) => new Uint8Array(Buffer.from(text))));
    fc.assert(
      fc.property(fc.array(utf8ish, { maxLength: 4 }), (parts) => {
        const bytes = new Uint8Array(Buffer.concat(parts));
        const offset = firstInvalidUtf8(bytes);
        expect(offset === -1).toBe(decodes(bytes));
        if (offset >= 0) expect(decodes(bytes.subarray(0, offset))).toBe(true);
      }),
    );
  });
});
