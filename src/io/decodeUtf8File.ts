import { InputError } from './inputError.js';
import { firstInvalidUtf8 } from './firstInvalidUtf8.js';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * A text file's bytes as a string: a UTF-8 byte-order mark is dropped; bytes that are not UTF-8
 * are refused with their line and byte offset (never replaced by U+FFFD).
 */
export function decodeUtf8File(bytes: Uint8Array, file: string): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    const offset = Math.max(0, firstInvalidUtf8(bytes));
    let line = 1;
    for (let index = 0; index < offset; index++) if (bytes[index] === 10) line++;
    throw new InputError({
      file,
      message: `not UTF-8: byte 0x${bytes[offset].toString(16).padStart(2, '0')} at byte offset ${offset} (line ${line}); save the file as UTF-8`,
    });
  }
}
