import { toCsv } from '../../format/toCsv.js';
import type { PowerResult } from './PowerResult.js';
import { powerTables } from './powerTables.js';

/** The result as JSON text: two-space indented; undefined numbers (NaN, ±∞) become null. */
export function powerJson(result: PowerResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

/** The files of an `--out` folder: result.json and the tables as CSV. */
export function powerFiles(result: PowerResult): Record<string, string> {
  const tables = Object.fromEntries(powerTables(result).map((table) => [`tables/${table.name}.csv`, toCsv(table)]));
  return { 'result.json': powerJson(result), ...tables };
}
