import { streamCsv, readCsvHeader } from '../io/csv/streamCsv.js';
import { parseDecimal } from '../io/csv/parseDecimal.js';
import { InputError } from '../io/inputError.js';

/**
 * Per-minute series (the columns of the report's timeline.csv: minute, orders, revenue, and
 * replicate when several sessions share a file), averaged over sessions: the observed orders
 * and revenue per minute that the report draws against the fitted plan. Rows outside the plan's
 * minutes or with numbers that do not parse stop the read with an InputError naming file and row.
 */
export function readMinutes(files: readonly string[], minutes: number): { orders: Float64Array; revenue: Float64Array; sessions: number } {
  const orders = new Float64Array(minutes);
  const revenue = new Float64Array(minutes);
  let sessions = 0;
  for (const file of files) {
    const hasReplicate = readCsvHeader(file).includes('replicate');
    const columns = hasReplicate ? ['minute', 'orders', 'revenue', 'replicate'] : ['minute', 'orders', 'revenue'];
    const seen = new Set<string>();
    const { rows } = streamCsv(file, columns, (row) => {
      const value = (slot: number) => {
        const parsed = parseDecimal(row.buf, row.starts[slot], row.ends[slot]);
        if (!Number.isFinite(parsed)) throw new InputError({ file, row: row.number, path: columns[slot], message: `"${row.text(slot)}" is not a number` });
        return parsed;
      };
      const minute = value(0);
      if (!(Number.isInteger(minute) && minute >= 0 && minute < minutes)) {
        throw new InputError({ file, row: row.number, path: 'minute', message: `minute ${minute} is outside the plan (0 to ${minutes - 1})` });
      }
      orders[minute] += value(1);
      revenue[minute] += value(2);
      seen.add(hasReplicate ? row.text(3) : '');
    });
    if (rows === 0) throw new InputError({ file, message: 'a session with no minutes: the file has a header but no rows' });
    sessions += seen.size;
  }
  for (let m = 0; m < minutes; m++) {
    orders[m] /= sessions;
    revenue[m] /= sessions;
  }
  return { orders, revenue, sessions };
}
