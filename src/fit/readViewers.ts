import { readCsvHeader, streamCsv } from '../io/csv/streamCsv.js';
import { parseDecimal } from '../io/csv/parseDecimal.js';
import type { CsvRow } from '../io/csv/CsvRow.js';
import { InputError } from '../io/inputError.js';
import { SOURCES } from '../sim/model/ProfileSampler.js';
import type { Scenario } from '../sim/scenario/index.js';
import { REQUIRED_COLUMNS, VIEWER_COLUMNS, type ColumnMap, type ViewerColumn } from './columnMap.js';
import { LEFT_BY, LEFT_END, LEFT_PATIENCE, LEFT_PURCHASE, type SessionInfo, type ViewerData } from './ViewerData.js';

/** Slack for times written rounded to the millisecond. */
const TIME_SLACK = 0.001;
const ACT_COLUMNS: readonly ViewerColumn[] = ['chats', 'likes', 'votes', 'questions'];

/**
 * Read per-viewer files (the columns of `simulate --export-viewers`, renamed by `map`) into
 * {@link ViewerData}. A session is one `replicate` value of one file (the whole file when it has no
 * replicate column). The first bad row stops the read with an {@link InputError} naming the file,
 * the row and the column: a missing column, a number or unit that does not parse, leaving before
 * entering, a time outside the plan, an unknown source, segment or left_by, a file with no viewers.
 */
export function readViewers(files: readonly string[], scenario: Scenario, map: ColumnMap = {}): ViewerData {
  const builder = new Builder(scenario);
  for (const file of files) readFile(file, builder, map);
  return builder.finish();
}

function readFile(file: string, builder: Builder, map: ColumnMap): void {
  const header = readCsvHeader(file);
  const nameOf = (column: ViewerColumn) => map[column]?.name ?? column;
  const present = VIEWER_COLUMNS.filter((column) => header.includes(nameOf(column)));
  const missing = REQUIRED_COLUMNS.filter((column) => !present.includes(column));
  for (const [column, source] of Object.entries(map)) {
    if (!header.includes(source.name)) missing.push(column as ViewerColumn);
  }
  if (missing.length > 0) {
    throw new InputError([...new Set(missing)].map((column) => ({
      file, path: nameOf(column), message: `no such column (needed for ${column}); the header has: ${header.join(', ')}`,
    })));
  }
  if (!present.includes('segment') && builder.segmentIds.length > 1) {
    throw new InputError({ file, path: 'segment', message: `no such column; the plan has ${builder.segmentIds.length} audience segments, so each viewer's segment is needed` });
  }
  builder.startFile(file, present, map);
  streamCsv(file, present.map(nameOf), (row) => builder.add(row));
  builder.endFile();
}

class Builder {
  readonly segmentIds: string[];
  private readonly duration: number;
  private readonly columns = new Map<string, number[]>();
  private readonly sessions: SessionInfo[] = [];
  private sessionOfKey = new Map<string, number>();
  private file = '';
  private slot: Partial<Record<ViewerColumn, number>> = {};
  private scale: Partial<Record<ViewerColumn, number>> = {};
  private has = new Set<ViewerColumn>();
  private allHave = new Set<ViewerColumn>(VIEWER_COLUMNS);
  private rowsInFile = 0;

  constructor(scenario: Scenario) {
    this.segmentIds = scenario.audience.segments.map((segment) => segment.id);
    this.duration = scenario.session.durationMinutes * 60;
    for (const name of ['session', 'source', 'segment', 'arrival', 'departure', 'leftBy', 'acts', 'clicked', 'orders', 'revenue', 'firstPurchase']) this.columns.set(name, []);
  }

  startFile(file: string, present: ViewerColumn[], map: ColumnMap): void {
    this.file = file;
    this.slot = Object.fromEntries(present.map((column, index) => [column, index]));
    this.scale = Object.fromEntries(present.map((column) => [column, map[column]?.scale ?? 1]));
    this.has = new Set(present);
    for (const column of VIEWER_COLUMNS) if (!this.has.has(column)) this.allHave.delete(column);
    this.sessionOfKey = new Map();
    this.rowsInFile = 0;
  }

  endFile(): void {
    if (this.rowsInFile === 0) throw new InputError({ file: this.file, message: 'a session with no viewers: the file has a header but no rows' });
  }

  add(row: CsvRow): void {
    this.rowsInFile++;
    const fail = (column: ViewerColumn, message: string): never => {
      throw new InputError({ file: this.file, row: row.number, path: column, message });
    };
    const number = (column: ViewerColumn): number => {
      const slot = this.slot[column]!;
      const value = parseDecimal(row.buf, row.starts[slot], row.ends[slot]);
      if (!Number.isFinite(value)) fail(column, `"${row.text(slot)}" is not a number`);
      return value * this.scale[column]!;
    };
    const text = (column: ViewerColumn): string => row.text(this.slot[column]!);
    const arrival = number('arrival_s');
    const departure = number('departure_s');
    if (arrival < -TIME_SLACK) fail('arrival_s', `arrival ${arrival} s is before the session starts`);
    if (arrival > this.duration + TIME_SLACK) fail('arrival_s', `arrival ${arrival} s is after the plan's end (${this.duration} s)`);
    if (departure > this.duration + TIME_SLACK) fail('departure_s', `departure ${departure} s is after the plan's end (${this.duration} s)`);
    if (departure < arrival) fail('departure_s', `the viewer leaves (${departure} s) before entering (${arrival} s)`);
    const key = this.has.has('replicate') ? text('replicate') : '';
    let session = this.sessionOfKey.get(key);
    if (session === undefined) {
      session = this.sessions.length;
      this.sessions.push({ file: this.file, replicate: key, viewers: 0 });
      this.sessionOfKey.set(key, session);
    }
    this.sessions[session].viewers++;
    const source = this.has.has('source') ? SOURCES.indexOf(text('source') as never) : 0;
    if (source < 0) fail('source', `unknown source "${text('source')}"; expected one of ${SOURCES.join(', ')}`);
    const segment = this.has.has('segment') ? this.segmentIds.indexOf(text('segment')) : 0;
    if (segment < 0) fail('segment', `unknown audience segment "${text('segment')}"; the plan has ${this.segmentIds.join(', ')}`);
    let leftBy = departure >= this.duration - TIME_SLACK ? LEFT_END : LEFT_PATIENCE;
    if (this.has.has('left_by')) {
      leftBy = LEFT_BY.indexOf(text('left_by') as never);
      if (leftBy < 0) fail('left_by', `unknown value "${text('left_by')}"; expected one of ${LEFT_BY.join(', ')}`);
    }
    const push = (name: string, value: number) => this.columns.get(name)!.push(value);
    const purchaseTime = (time: number) => this.checkPurchaseTime(time, arrival, departure, fail);
    push('session', session);
    push('source', source);
    push('segment', segment);
    push('arrival', Math.max(0, arrival));
    push('departure', Math.min(this.duration, departure));
    push('leftBy', leftBy === LEFT_PURCHASE ? LEFT_PURCHASE : leftBy);
    for (const column of ACT_COLUMNS) push('acts', this.has.has(column) ? count(number(column), column, fail) : 0);
    push('clicked', this.has.has('clicked') ? count(number('clicked'), 'clicked', fail) : 0);
    push('orders', this.has.has('orders') ? count(number('orders'), 'orders', fail) : 0);
    push('revenue', this.has.has('revenue') ? number('revenue') : 0);
    push('firstPurchase', this.has.has('first_purchase_s') ? purchaseTime(row.text(this.slot.first_purchase_s!) === '' ? NaN : number('first_purchase_s')) : NaN);
  }

  /** A first purchase time must lie within the stay; empty means the viewer did not buy. */
  private checkPurchaseTime(time: number, arrival: number, departure: number, fail: (column: ViewerColumn, message: string) => never): number {
    if (Number.isNaN(time)) return time;
    if (time < arrival - TIME_SLACK || time > departure + TIME_SLACK) fail('first_purchase_s', `the first purchase (${time} s) is outside the stay (${arrival} – ${departure} s)`);
    return time;
  }

  finish(): ViewerData {
    const column = (name: string) => this.columns.get(name)!;
    const optional = <T>(present: boolean, make: () => T): T | null => (present ? make() : null);
    const allActs = ACT_COLUMNS.every((name) => this.allHave.has(name));
    return {
      count: column('arrival').length,
      sessions: this.sessions,
      session: Int32Array.from(column('session')),
      source: Int8Array.from(column('source')),
      segment: Int16Array.from(column('segment')),
      arrival: Float64Array.from(column('arrival')),
      departure: Float64Array.from(column('departure')),
      leftBy: Int8Array.from(column('leftBy')),
      acts: optional(allActs, () => Int32Array.from(column('acts'))),
      clicked: optional(this.allHave.has('clicked'), () => Uint8Array.from(column('clicked'), (value) => (value > 0 ? 1 : 0))),
      orders: optional(this.allHave.has('orders'), () => Int32Array.from(column('orders'))),
      revenue: optional(this.allHave.has('revenue'), () => Float64Array.from(column('revenue'))),
      firstPurchase: optional(this.allHave.has('first_purchase_s'), () => Float64Array.from(column('firstPurchase'))),
      columns: [...this.allHave],
    };
  }
}

function count(value: number, column: ViewerColumn, fail: (column: ViewerColumn, message: string) => never): number {
  if (!(Number.isInteger(value) && value >= 0)) fail(column, `${value} is not a count (a whole number ≥ 0)`);
  return value;
}

