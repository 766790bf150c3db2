import { toCsv } from '../../report/toCsv.js';
import { banditTables } from './banditTables.js';
/** The result as JSON text: two-space indented; undefined numbers (NaN, ±∞) become null. */
export function banditJson(result) {
    return `${JSON.stringify(result, null, 2)}\n`;
}
/** The files of an `--out` folder: result.json and the tables as CSV. */
export function banditFiles(result) {
    const tables = Object.fromEntries(banditTables(result).map((table) => [`tables/${table.name}.csv`, toCsv(table)]));
    return { 'result.json': banditJson(result), ...tables };
}
//# sourceMappingURL=banditFiles.js.map