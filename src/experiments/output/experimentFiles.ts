import { toCsv } from '../../format/toCsv.js';
import type { ExperimentResult } from './ExperimentResult.js';
import { experimentTables } from './experimentTables.js';

/** The result as JSON text: two-space indented, undefined numbers (NaN, ±∞) as null. */
export function experimentJson(result: ExperimentResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

/** The files of an `--out` folder: result.json and the tables as CSV. */
export function experimentFiles(result: ExperimentResult): Record<string, string> {
  const tables = Object.fromEntries(experimentTables(result).map((table) => [`tables/${table.name}.csv`, toCsv(table)]));
  return { 'result.json': experimentJson(result), ...tables };
}
