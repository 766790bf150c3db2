import { InputError } from './inputError.js';
import { jsonKeyProblems } from './jsonKeyProblems.js';

/**
 * Parse JSON text, turning a syntax error into an {@link InputError} that says where it is
 * (line and column, 1-based), computed from the character position the JSON parser reports.
 * A leading byte-order mark is accepted; a key given twice in one object or a `__proto__` key is
 * a problem (JSON.parse would silently keep the last value).
 */
export function parseJsonText(input: string, file?: string): unknown {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(detail);
    const where = position ? lineColumn(text, Number(position[1])) : undefined;
    const reason = detail.replace(/\s*\(line \d+ column \d+\)/, '').replace(/ in JSON at position \d+.*$/, '');
    throw new InputError({
      file,
      message: where ? `invalid JSON at line ${where.line}, column ${where.column}: ${reason}` : `invalid JSON: ${reason}`,
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
