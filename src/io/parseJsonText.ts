import { InputError } from './inputError.js';
import { jsonKeyProblems } from './jsonKeyProblems.js';
import { jsonSyntaxError } from './jsonSyntaxError.js';

/**
 * Parse JSON text, turning a syntax error into an {@link InputError} that says where it is
 * (line and column, 1-based) and what is wrong, found by {@link jsonSyntaxError} whatever the
 * engine's message says.
 * A leading byte-order mark is accepted; a key given twice in one object or a `__proto__` key is
 * a problem (JSON.parse would silently keep the last value).
 */
export function parseJsonText(input: string, file?: string): unknown {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (error) {
    // Where and what from our own scanner, not from the engine's message (whose wording varies).
    const syntax = jsonSyntaxError(text);
    const detail = error instanceof Error ? error.message : String(error);
    const where = syntax === null ? undefined : lineColumn(text, syntax.offset);
    throw new InputError({
      file,
      message: where !== undefined && syntax !== null ? `invalid JSON at line ${where.line}, column ${where.column}: ${syntax.message}` : `invalid JSON: ${detail}`,
    });
  }
  const problems = jsonKeyProblems(text);
  if (problems.length > 0) throw new InputError(problems.map((problem) => ({ file, ...problem })));
  return value;
}

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let index = 0; index < end; index++) {
    if (text.charCodeAt(index) === 10) {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
