import { InputError } from '../io/inputError.js';

/** Columns `livelift fit` reads from a per-viewer file (the names of `simulate --export-viewers`). */
export const VIEWER_COLUMNS = [
  'replicate', 'source', 'segment', 'arrival_s', 'departure_s', 'left_by',
  'chats', 'likes', 'votes', 'questions', 'clicked', 'orders', 'revenue', 'first_purchase_s',
] as const;
export type ViewerColumn = (typeof VIEWER_COLUMNS)[number];

/** Columns without which nothing can be fitted. */
export const REQUIRED_COLUMNS: readonly ViewerColumn[] = ['arrival_s', 'departure_s'];

/** Time units a mapped column may be in, as seconds per unit. */
export const TIME_UNITS: Readonly<Record<string, number>> = { s: 1, ms: 0.001, min: 60, h: 3600 };
const TIME_COLUMNS = new Set<ViewerColumn>(['arrival_s', 'departure_s', 'first_purchase_s']);

/** Where one of our columns comes from in the user's file, and the factor to seconds. */
export interface ColumnSource {
  name: string;
  scale: number;
}
export type ColumnMap = Partial<Record<ViewerColumn, ColumnSource>>;

/**
 * Parse `--columns ours=theirs[:unit],...`, e.g. `arrival_s=enter_time:min,departure_s=leave_time:min`.
 * Units (s, ms, min, h) are allowed on the time columns only. Every problem is reported at once.
 *
 * @example parseColumnMap('arrival_s=join:ms') // { arrival_s: { name: 'join', scale: 0.001 } }
 */
export function parseColumnMap(text: string | undefined): ColumnMap {
  const map: ColumnMap = {};
  if (text === undefined || text.trim() === '') return map;
  const problems: string[] = [];
  for (const part of text.split(',')) {
    const match = /^\s*([A-Za-z_]+)\s*=\s*([^:]+?)\s*(?::\s*([A-Za-z]+)\s*)?$/.exec(part);
    if (match === null) {
      problems.push(`"${part}" is not ours=theirs or ours=theirs:unit`);
      continue;
    }
    const [, ours, theirs, unit] = match;
    if (!(VIEWER_COLUMNS as readonly string[]).includes(ours)) {
      problems.push(`unknown column "${ours}"; expected one of ${VIEWER_COLUMNS.join(', ')}`);
      continue;
    }
    const column = ours as ViewerColumn;
    if (unit !== undefined && !TIME_COLUMNS.has(column)) problems.push(`${ours}: only arrival_s, departure_s and first_purchase_s take a unit`);
    else if (unit !== undefined && TIME_UNITS[unit] === undefined) {
      problems.push(`${ours}: unknown unit "${unit}"; expected one of ${Object.keys(TIME_UNITS).join(', ')}`);
    } else map[column] = { name: theirs, scale: unit === undefined ? 1 : TIME_UNITS[unit] };
  }
  if (problems.length > 0) throw new InputError(problems.map((message) => ({ path: '--columns', message })));
  return map;
}
