import { readFileSync } from 'node:fs';
import { InputError } from './inputError.js';
import { parseJsonText } from './parseJsonText.js';

/**
 * Read and parse a JSON input file (a scenario, an experiment, a saved result). A missing,
 * unreadable or invalid file is an {@link InputError} naming it: "file not found", "is a
 * directory", "cannot read (CODE)", or the line and column of a syntax error.
 */
export function readJsonFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a directory, expected a JSON file' : `cannot read (${code ?? String(error)})`;
    throw new InputError({ file: path, message: reason });
  }
  return parseJsonText(text, path);
}
