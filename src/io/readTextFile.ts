import { readFileSync } from 'node:fs';
import { decodeUtf8File } from './decodeUtf8File.js';
import { InputError } from './inputError.js';

/** Plain words for the ways reading a file fails. */
const READ_FAILURES: Record<string, string> = {
  ENOENT: 'file not found',
  EISDIR: 'is a folder, expected a file',
  EACCES: 'permission denied',
  ENOTDIR: 'a part of the path is a file, not a folder',
};

/**
 * Read a UTF-8 text input (a scenario, an experiment, a summary, a saved result). A missing,
 * unreadable or non-UTF-8 file is an {@link InputError} naming it; a byte-order mark is dropped.
 */
export function readTextFile(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new InputError({ file: path, message: READ_FAILURES[code] ?? `cannot read (${code})` });
  }
  return decodeUtf8File(bytes, path);
}
