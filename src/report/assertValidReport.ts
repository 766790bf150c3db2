import { REPORT_NAME_PATTERN, type Report } from './report.js';
import { resultKind } from '../results/resultKind.js';

/**
 * Check the invariants `writeReport` relies on: chart and table names are safe, unique file
 * stems, table rows only use declared columns, and the result is of the report's kind. A violation is
 * a bug in a report builder, so it throws a plain Error.
 */
export function assertValidReport(report: Report): void {
  const names = [...report.charts.map((chart) => `chart ${chart.name}`), ...report.tables.map((table) => `table ${table.name}`)];
  for (const entry of [...report.charts, ...report.tables]) {
    if (!REPORT_NAME_PATTERN.test(entry.name)) throw new Error(`report name "${entry.name}" is not a safe file stem (${REPORT_NAME_PATTERN})`);
  }
  const duplicate = names.find((name, index) => names.indexOf(name) !== index);
  if (duplicate !== undefined) throw new Error(`report has two entries named ${duplicate}`);
  for (const table of report.tables) {
    const keys = new Set(table.columns.map((column) => column.key));
    const stray = table.rows.flatMap((row) => Object.keys(row)).find((key) => !keys.has(key));
    if (stray !== undefined) throw new Error(`table ${table.name} has a value for undeclared column "${stray}"`);
  }
  const kind = resultKind(report.result);
  if (kind !== report.kind) throw new Error(`report.result is of kind ${String(kind)}, expected ${report.kind}`);
}
