import type { SessionState } from './SessionState.js';
import { SEGMENT_FIELDS, S_ARRIVED, S_BOUGHT, S_CLICKED, S_ENGAGED, S_INTERACTIONS, S_ORDERS, S_REVENUE, S_SAW_LINK, S_WATCH } from './SessionTotals.js';
import { viewerCsvLine } from './viewerCsv.js';
import { PURPOSE_OTHER } from './ViewerStreams.js';
import { ACTS, CLICKED, SAW_LINK, STAY_EVENT, STAY_FIELDS, STAY_WORDS } from './ViewerTable.js';

/** Why a viewer left: patience ran out, bought (with leaveAfterPurchase), or the session ended. */
export const EXIT_NATURAL = 0;
export const EXIT_PURCHASE = 1;
export const EXIT_END = 2;

/**
 * A viewer leaves at time t: add the viewer to the funnel, segment, source and arm totals, decide
 * whether they follow the host (retention), write their CSV line if requested, and free the slot.
 * Funnel steps are nested by construction: engaged = acted or saw the link; a click or a purchase
 * only happens at a decision moment, where the viewer sees the link; a purchase implies a click.
 */
export function exitViewer(session: SessionState, slot: number, t: number, reason: number): void {
  const { table, totals } = session;
  const watch = t - table.arrival[slot];
  const a = slot * STAY_WORDS + ACTS;
  const chats = table.stayWords[a];
  const likes = table.stayWords[a + 1];
  const votes = table.stayWords[a + 2];
  const questions = table.stayWords[a + 3];
  const acts = chats + likes + votes + questions;
  const flags = table.flags[slot];
  const sawLink = (flags & SAW_LINK) !== 0 ? 1 : 0;
  const engaged = acts > 0 || sawLink === 1 ? 1 : 0;
  const clicked = (flags & CLICKED) !== 0 ? 1 : 0;
  const orders = table.orders[slot];
  const bought = orders > 0 ? 1 : 0;
  const revenue = table.revenue[slot];
  const segment = table.segment[slot];
  totals.arrived++;
  totals.engaged += engaged;
  totals.sawLink += sawLink;
  totals.clicked += clicked;
  totals.bought += bought;
  totals.watchSeconds += watch;
  // Acts by kind are counted per viewer during the stay and added up here.
  totals.acts[0] += chats;
  totals.acts[1] += likes;
  totals.acts[2] += votes;
  totals.acts[3] += questions;
  totals.buyersBySource[table.source[slot]] += bought;
  totals.revenueBySource[table.source[slot]] += revenue;
  addSegment(session, segment, engaged, sawLink, clicked, bought, orders, revenue, watch, acts);
  if (session.armStats.arms > 1 || session.options.arms !== undefined) session.armStats.add(table.arm[slot], bought, revenue, watch, acts, orders);
  const followed = follows(session, slot, bought, engaged);
  if (session.options.exportViewer !== undefined) session.options.exportViewer(viewerCsvLine(session, slot, t, reason, followed));
  if (session.options.onViewerLeave !== undefined) session.options.onViewerLeave(session, slot, t, reason, followed);
  if (reason !== EXIT_END) session.series.departures[session.series.minuteOf(t)]++;
  // Both counters are updated on every exit: a branch first taken at the first purchase would
  // have no type feedback and deoptimise this function mid-run.
  totals.naturalDepartures += reason === EXIT_NATURAL ? 1 : 0;
  totals.purchaseExits += reason === EXIT_PURCHASE ? 1 : 0;
  table.release(slot);
  session.series.viewersChanged(t, table.count);
}

function addSegment(
  session: SessionState,
  segment: number,
  engaged: number,
  sawLink: number,
  clicked: number,
  bought: number,
  orders: number,
  revenue: number,
  watch: number,
  acts: number,
): void {
  const columns = session.totals.segment;
  const o = segment * SEGMENT_FIELDS.length;
  columns[o + S_ARRIVED]++;
  columns[o + S_ENGAGED] += engaged;
  columns[o + S_SAW_LINK] += sawLink;
  columns[o + S_CLICKED] += clicked;
  columns[o + S_BOUGHT] += bought;
  columns[o + S_ORDERS] += orders;
  columns[o + S_REVENUE] += revenue;
  columns[o + S_WATCH] += watch;
  columns[o + S_INTERACTIONS] += acts;
}

/** Cancel a leaving buyer's pending events (the next act or departure, noticing the link, the next weighing). */
export function cancelStay(session: SessionState, slot: number): void {
  const { table, env } = session;
  const stayEvent = table.stay[slot * STAY_FIELDS + STAY_EVENT];
  if (stayEvent >= 0) env.cancel(stayEvent);
  if (table.noticeEvent[slot] >= 0) env.cancel(table.noticeEvent[slot]);
  if (table.considerEvent[slot] >= 0) env.cancel(table.considerEvent[slot]);
}

/** Retention: buyers, engaged viewers and the rest follow with their own probabilities. */
function follows(session: SessionState, slot: number, bought: number, engaged: number): boolean {
  // All three read on every exit: a property first read at the first purchase would have no type
  // feedback and deoptimise exitViewer there.
  const { followIfBought, followIfEngaged, followIfPassive } = session.scenario.retention;
  const p = bought === 1 ? followIfBought : engaged === 1 ? followIfEngaged : followIfPassive;
  if (!(p > 0)) return false;
  const followed = session.streams.next(slot, PURPOSE_OTHER) < p;
  if (followed) session.totals.newFollowers++;
  return followed;
}
