import { parseJsonText } from './parseJsonText.js';
import { readTextFile } from './readTextFile.js';

/**
 * Read and parse a JSON input file (a scenario, an experiment, a saved result). A missing,
 * unreadable, non-UTF-8 or invalid file is an {@link InputError} naming it: "file not found",
 * "is a folder", the byte offset of a non-UTF-8 byte, the line and column of a syntax error, a
 * duplicate or `__proto__` key.
 */
export function readJsonFile(path: string): unknown {
  return parseJsonText(readTextFile(path), path);
}
