import { toCsv } from '../../format/toCsv.js';
import type { BanditResult } from './BanditResult.js';
import { banditTables } from './banditTables.js';

/** The result as JSON text: two-space indented; undefined numbers (NaN, ±∞) become null. */
export function banditJson(result: BanditResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

/** The files of an `--out` folder: result.json and the tables as CSV. */
export function banditFiles(result: BanditResult): Record<string, string> {
  const tables = Object.fromEntries(banditTables(result).map((table) => [`tables/${table.name}.csv`, toCsv(table)]));
  return { 'result.json': banditJson(result), ...tables };
}
