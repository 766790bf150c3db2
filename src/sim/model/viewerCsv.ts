import type { SessionState } from './SessionState.js';
import { guardFormula, quoteCsvField } from '../../format/csv.js';
import { SOURCES } from './ProfileSampler.js';
import { ACTS, CLICKED, SAW_LINK, STAY_WORDS } from './ViewerTable.js';

/** Columns of the per-viewer export, in order (a later `livelift analyze` reads this). */
export const VIEWER_CSV_COLUMNS = [
  'replicate', 'viewer_id', 'arm', 'source', 'segment', 'age_band', 'gender', 'region', 'interest_topic',
  'arrival_s', 'departure_s', 'watch_s', 'left_by', 'chats', 'likes', 'votes', 'questions', 'interactions',
  'saw_link', 'clicked', 'bought', 'orders', 'revenue', 'followed',
  // Added later, at the end so that readers of the earlier columns by position keep working.
  'first_purchase_s',
] as const;

export const VIEWER_CSV_HEADER = VIEWER_CSV_COLUMNS.join(',');
const LEFT_BY = ['patience', 'purchase', 'session_end'];

/** One viewer's CSV line (no newline). Labels come from the scenario and are quoted when needed. */
export function viewerCsvLine(session: SessionState, slot: number, exitTime: number, reason: number, followed: boolean): string {
  const { table, scenario } = session;
  const segment = scenario.audience.segments[table.segment[slot]];
  const a = slot * STAY_WORDS + ACTS;
  const acts = table.stayWords;
  const fields = [
    session.options.replicate,
    table.id[slot],
    guardFormula(session.plan.arms[table.arm[slot]].name),
    SOURCES[table.source[slot]],
    guardFormula(segment.id),
    label(segment.attributes.ageBands, table.ageBand[slot]),
    label(segment.attributes.genders, table.gender[slot]),
    label(segment.attributes.regions, table.region[slot]),
    topic(session, table.tag[slot]),
    round(table.arrival[slot]),
    round(exitTime),
    round(exitTime - table.arrival[slot]),
    LEFT_BY[reason],
    acts[a], acts[a + 1], acts[a + 2], acts[a + 3], acts[a] + acts[a + 1] + acts[a + 2] + acts[a + 3],
    (table.flags[slot] & SAW_LINK) !== 0 ? 1 : 0,
    (table.flags[slot] & CLICKED) !== 0 ? 1 : 0,
    table.orders[slot] > 0 ? 1 : 0,
    table.orders[slot],
    round(table.revenue[slot]),
    followed ? 1 : 0,
    table.orders[slot] > 0 ? round(table.firstPurchase[slot]) : '',
  ];
  return fields.map((field) => quoteCsvField(String(field))).join(',');
}

function label(weights: Record<string, number>, index: number): string {
  return index < 0 ? '' : guardFormula(Object.keys(weights)[index] ?? '');
}

function topic(session: SessionState, tag: number): string {
  return tag < 0 ? '' : guardFormula(session.products.tags[tag]);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
