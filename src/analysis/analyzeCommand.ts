import { InputError } from '../io/inputError.js';
import { toCsv } from '../format/toCsv.js';
import type { AnalysisResult } from './analysisResult.js';
import { analysisTables } from './analysisTables.js';
import { AnalyzeOptionsSchema, type AnalyzeOptions } from './analyzeOptions.js';

/** Validate raw command-line values; each problem names its option (`--prior-variance`). */
export function parseAnalyzeOptions(raw: Record<string, unknown>): AnalyzeOptions {
  const known = Object.keys(AnalyzeOptionsSchema.shape);
  const picked = Object.fromEntries(Object.entries(raw).filter(([key, value]) => known.includes(key) && value !== undefined));
  const parsed = AnalyzeOptionsSchema.safeParse(picked);
  if (parsed.success) return parsed.data;
  throw new InputError(parsed.error.issues.map((issue) => ({ path: optionName(issue.path), message: issue.message })));
}

/** The analysis's own files of an --out folder: the result and its machine-readable tables. */
export function analysisFiles(result: AnalysisResult): Record<string, string> {
  const tables = Object.fromEntries(analysisTables(result).map((table) => [`data/${table.name}.csv`, toCsv(table)]));
  return { 'result.json': `${JSON.stringify(result, null, 2)}\n`, ...tables };
}

function optionName(path: readonly PropertyKey[]): string {
  const [key] = path;
  if (key === 'file') return '<file>';
  return `--${String(key ?? '').replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}
