import { parseJsonText } from '../parseJsonText.js';
import { readTextFile } from '../readTextFile.js';
import type { z } from 'zod';
import { InputError, type InputProblem } from '../inputError.js';
import { readSummaryCsv, type SummaryCsvOrigin } from './summaryCsv.js';
import { SummaryFileSchema, type SummaryFile } from './summarySchema.js';

/**
 * Read and validate a summary file (per-arm sufficient statistics), JSON or CSV.
 *
 *   FILE → JSON (a `.json` name or a first character `{`) | summary CSV (any other)
 *        → SummaryFileSchema (zod) → SummaryFile
 *
 * Every schema problem becomes one {@link InputProblem}: a JSON path such as
 * `metrics[0].variants[1].sumSquares` for JSON, a row and a column for CSV.
 */
export function readSummaryFile(file: string): { summary: SummaryFile; format: 'summary-json' | 'summary-csv' } {
  if (isJson(file)) {
    const data = parseJson(file);
    return { summary: validate(file, data, (issue) => ({ file, path: jsonPath(issue.path), message: issue.message })), format: 'summary-json' };
  }
  const { data, origin } = readSummaryCsv(file);
  return { summary: validate(file, data, (issue) => csvProblem(file, issue, origin)), format: 'summary-csv' };
}

function isJson(file: string): boolean {
  if (file.toLowerCase().endsWith('.json')) return true;
  if (file.toLowerCase().endsWith('.csv')) return false;
  return readText(file).trimStart().startsWith('{');
}

const readText = readTextFile;

function parseJson(file: string): unknown {
  const text = readText(file);
  if (text.trim() === '') throw new InputError({ file, message: 'the file is empty' });
  return parseJsonText(text, file);
}

function validate(file: string, data: unknown, toProblem: (issue: z.core.$ZodIssue) => InputProblem): SummaryFile {
  const parsed = SummaryFileSchema.safeParse(data);
  if (!parsed.success) throw new InputError(parsed.error.issues.map(toProblem));
  return parsed.data;
}

/** `['metrics', 0, 'variants', 1, 'n']` → `metrics[0].variants[1].n`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}

/** A schema issue of the CSV form, placed on its row and named by its column. */
function csvProblem(file: string, issue: z.core.$ZodIssue, origin: SummaryCsvOrigin): InputProblem {
  const [top, first, second, arm, ...rest] = issue.path;
  if (top === 'metrics' && typeof first === 'number' && second === 'variants' && typeof arm === 'number') {
    const column = rest.length === 0 ? 'variant' : rest.length === 1 ? String(rest[0]) : `${String(rest[0])}${capitalize(String(rest[1]))}`;
    return { file, path: column === 'name' ? 'variant' : column, row: origin.armRow[first][arm], message: issue.message };
  }
  if (top === 'metrics' && typeof first === 'number') {
    return { file, path: second === 'name' ? 'metric' : 'variant', row: origin.armRow[first][0], message: issue.message };
  }
  if (top === 'variants' && typeof first === 'number') {
    return { file, path: second === 'name' ? 'variant' : String(second ?? 'variant'), row: origin.variantRow[first], message: issue.message };
  }
  if (top === 'variants') return { file, path: 'variant', message: issue.message };
  return { file, path: jsonPath(issue.path), message: issue.message };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
