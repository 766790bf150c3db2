import { ciBounds, estimateColumns } from '../../format/estimateColumns.js';
import type { ReportTable } from '../../report/report.js';
import { sweepRows } from '../../report/adapters/sweep.js';
import { toCsv } from '../../format/toCsv.js';
import type { SweepResult } from './SweepResult.js';

/** The sweep's curve as a table at full precision. */
export function sweepTable(result: SweepResult): ReportTable {
  return {
    name: 'sweep',
    title: `Revenue, profit and conversion by ${result.parameter}`,
    columns: [
      { key: 'value', label: result.parameter, format: 'text' },
      ...estimateColumns('revenue', `Revenue per session (${result.currency})`, ciBounds('Revenue')),
      ...estimateColumns('profit', `Profit per session (${result.currency})`, ciBounds('Profit')),
      ...estimateColumns('conversion', 'Conversion', ciBounds('Conversion'), 'percent'),
      { key: 'revenuePerViewer', label: `Revenue per viewer (${result.currency})` },
      { key: 'viewers', label: 'Viewers per session' },
      { key: 'probabilityBest', label: 'Probability best', format: 'percent' },
    ],
    // The report's rows; the columns here keep the parameter's name and plain labels for data/.
    rows: sweepRows(result.points),
  };
}

/** The files of an `--out` folder: result.json and tables/sweep.csv. */
export function sweepFiles(result: SweepResult): Record<string, string> {
  return { 'result.json': `${JSON.stringify(result, null, 2)}\n`, 'tables/sweep.csv': toCsv(sweepTable(result)) };
}
