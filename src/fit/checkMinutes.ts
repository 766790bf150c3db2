import { streamCsv, readCsvHeader } from '../io/csv/streamCsv.js';
import { parseDecimal } from '../io/csv/parseDecimal.js';
import { InputError } from '../io/inputError.js';
import type { ViewerData } from './ViewerData.js';

/** Revenue totals may differ by rounding in the exports: this much relative, plus one cent. */
const REVENUE_TOLERANCE = 1e-6;

interface MinuteSession {
  arrivals: Float64Array | null;
  orders: Float64Array;
  revenue: Float64Array;
  /** Row number of each minute (0: not in the file). */
  rows: Int32Array;
  lastRow: number;
}

/**
 * `--minutes` against `--viewers`: a per-minute file and a per-viewer file of the same session
 * count the same events, so they must agree. A session of the per-minute file (one `replicate`
 * value; the whole file without that column) is paired with the per-viewer session of the same
 * `replicate` value when exactly one per-viewer session has it (with one session on each side and
 * no replicate column, those two). For each pair:
 * - arrivals (when the per-minute file has an `arrivals` column): the viewers who arrived in each
 *   minute must equal the minute's arrivals;
 * - orders: the viewers' first purchases up to the end of each minute (with `first_purchase_s`)
 *   cannot exceed the orders up to then, and the session's orders must equal the viewers' orders;
 * - revenue: the session's revenue must equal the viewers' revenue (to 1e-6 relative plus 0.01).
 * The first contradiction stops the fit with an InputError naming the per-minute file, row and
 * column. Returns how many per-minute sessions were checked against a per-viewer session.
 */
export function checkMinutes(files: readonly string[], data: ViewerData, minutes: number): number {
  let checked = 0;
  for (const file of files) {
    for (const [replicate, session] of readSessions(file, minutes)) {
      const matches = data.sessions.map((s, index) => ({ s, index })).filter(({ s }) => s.replicate === replicate || (replicate === '' && data.sessions.length === 1));
      if (matches.length !== 1) continue;
      compare(file, session, data, matches[0].index, minutes, replicate);
      checked++;
    }
  }
  return checked;
}

function compare(file: string, session: MinuteSession, data: ViewerData, index: number, minutes: number, replicate: string): void {
  const arrivals = new Float64Array(minutes);
  const firsts = new Float64Array(minutes);
  let orders = 0;
  let revenue = 0;
  for (let v = 0; v < data.count; v++) {
    if (data.session[v] !== index) continue;
    arrivals[Math.min(minutes - 1, Math.floor(data.arrival[v] / 60))]++;
    const first = data.firstPurchase?.[v] ?? NaN;
    if (!Number.isNaN(first)) firsts[Math.min(minutes - 1, Math.floor(first / 60))]++;
    orders += data.orders?.[v] ?? 0;
    revenue += data.revenue?.[v] ?? 0;
  }
  const which = replicate === '' ? 'the session' : `replicate ${replicate}`;
  const viewerFile = data.sessions[index].file;
  let cumulativeFirsts = 0;
  let cumulativeOrders = 0;
  for (let m = 0; m < minutes; m++) {
    const row = session.rows[m] === 0 ? undefined : session.rows[m];
    if (session.arrivals !== null && row !== undefined && session.arrivals[m] !== arrivals[m]) {
      throw new InputError({ file, row, path: 'arrivals', message: `minute ${m} has ${session.arrivals[m]} arrivals but ${viewerFile} has ${arrivals[m]} viewers of ${which} arriving then: the files contradict each other` });
    }
    cumulativeFirsts += firsts[m];
    cumulativeOrders += session.orders[m];
    if (data.firstPurchase !== null && cumulativeFirsts > cumulativeOrders) {
      throw new InputError({ file, row: row ?? session.lastRow, path: 'orders', message: `${cumulativeOrders} orders up to minute ${m} but ${cumulativeFirsts} viewers of ${which} in ${viewerFile} had bought by then: the files contradict each other` });
    }
  }
  if (data.orders !== null && cumulativeOrders !== orders) {
    throw new InputError({ file, row: session.lastRow, path: 'orders', message: `${cumulativeOrders} orders in ${which} but ${orders} in ${viewerFile}: the files contradict each other` });
  }
  const minuteRevenue = session.revenue.reduce((a, b) => a + b, 0);
  if (data.revenue !== null && Math.abs(minuteRevenue - revenue) > REVENUE_TOLERANCE * Math.abs(revenue) + 0.01) {
    throw new InputError({ file, row: session.lastRow, path: 'revenue', message: `revenue ${minuteRevenue} in ${which} but ${revenue} in ${viewerFile}: the files contradict each other` });
  }
}

/** The per-minute file's sessions by replicate label ('' without that column). */
function readSessions(file: string, minutes: number): Map<string, MinuteSession> {
  const header = readCsvHeader(file);
  const hasReplicate = header.includes('replicate');
  const hasArrivals = header.includes('arrivals');
  const columns = ['minute', 'orders', 'revenue', ...(hasArrivals ? ['arrivals'] : []), ...(hasReplicate ? ['replicate'] : [])];
  const sessions = new Map<string, MinuteSession>();
  streamCsv(file, columns, (row) => {
    const value = (slot: number) => parseDecimal(row.buf, row.starts[slot], row.ends[slot]);
    const key = hasReplicate ? row.text(columns.length - 1) : '';
    let session = sessions.get(key);
    if (session === undefined) {
      session = { arrivals: hasArrivals ? new Float64Array(minutes) : null, orders: new Float64Array(minutes), revenue: new Float64Array(minutes), rows: new Int32Array(minutes), lastRow: row.number };
      sessions.set(key, session);
    }
    // readMinutes has checked every number and minute already.
    const minute = value(0);
    session.orders[minute] += value(1);
    session.revenue[minute] += value(2);
    if (session.arrivals !== null) {
      const arrivals = value(3);
      if (!(Number.isInteger(arrivals) && arrivals >= 0)) throw new InputError({ file, row: row.number, path: 'arrivals', message: `"${row.text(3)}" is not a count of viewers` });
      session.arrivals[minute] += arrivals;
    }
    session.rows[minute] = row.number;
    session.lastRow = row.number;
  });
  return sessions;
}
