import type { Environment } from '../kernel/index.js';
import type { SessionState, SessionEnvironment } from './SessionState.js';
import { KIND_CHAT } from './compileInteractions.js';
import { PURPOSE_CHAT } from './ViewerStreams.js';
import { ACTS, DEPARTURE, NEXT_ACT_CLOCK, PROPENSITY, STAY_EVENT, STAY_FIELDS, STAY_WORDS } from './ViewerTable.js';
import { exitViewer, EXIT_NATURAL } from './exitViewer.js';
import { log1p } from '../../math/index.js';

export { exitViewer, EXIT_END, EXIT_NATURAL, EXIT_PURCHASE } from './exitViewer.js';

/**
 * Behaviour E during the stay (docs/model.md § Behaviour): acts (chat, like, vote, question) as a
 * Poisson process in the viewer's interaction clock, and leaving. Noticing the link and weighing an
 * offer: considerHandlers. Purchases: purchaseHandlers.
 * Every handler takes the viewer's slot as its target and allocates nothing.
 */

/**
 * First act: an Exp(1)/propensity step of the segment's interaction clock after arrival.
 * A viewer has one pending event of their own at a time, the next act or else the departure,
 * which keeps the event queue at one entry per viewer present.
 */
export function scheduleFirstAct(session: SessionState, slot: number): void {
  const clock = session.plan.interactionClocks[session.table.segment[slot]];
  session.table.stay[slot * STAY_FIELDS + NEXT_ACT_CLOCK] = clock.cumulativeAt(session.env.now);
  scheduleNextAct(session, slot);
}

/** Schedule the viewer's next act if it comes before they leave, else their departure. */
function scheduleNextAct(session: SessionState, slot: number): void {
  const table = session.table;
  const stay = table.stay;
  const s = slot * STAY_FIELDS;
  const departure = stay[s + DEPARTURE];
  const propensity = stay[s + PROPENSITY];
  let at = Infinity;
  if (propensity > 0) {
    const step = -log1p(-session.streams.next(slot, PURPOSE_CHAT)) / propensity;
    const u = (stay[s + NEXT_ACT_CLOCK] += step);
    const segment = table.segment[slot];
    // A segment whose act rate never changes: operational time is just rate × seconds.
    const rate = session.plan.uniformActRate[segment];
    at = rate > 0 ? u / rate : session.plan.interactionClocks[segment].timeWhen(u);
  }
  if (at < departure && at <= session.T) stay[s + STAY_EVENT] = session.env.at(at, onAct, slot);
  else stay[s + STAY_EVENT] = departure < Infinity ? session.env.at(departure, onDeparture, slot) : -1;
}

/** One act: which kind depends on the segment's rates in the current piece. */
function onAct(env: Environment, slot: number): void {
  const session = (env as SessionEnvironment).session;
  const table = session.table;
  let kind = session.plan.singleKind[table.segment[slot]];
  if (kind < 0) kind = pickKind(session, slot, table.segment[slot]);
  table.stayWords[slot * STAY_WORDS + ACTS + kind]++;
  const series = session.series;
  const minute = series.minuteOf(env.now);
  series.interactions[minute]++;
  if (kind === KIND_CHAT) series.chats[minute]++;
  scheduleNextAct(session, slot);
}

function pickKind(session: SessionState, slot: number, segment: number): number {
  const cumulative = session.plan.kindCumulative;
  const base = (segment * session.plan.pieceStarts.length + session.currentPiece) * 4;
  const x = session.streams.next(slot, PURPOSE_CHAT) * cumulative[base + 3];
  let kind = 0;
  while (kind < 3 && !(x < cumulative[base + kind])) kind++;
  return kind;
}

/** The end of the viewer's patience. */
export function onDeparture(env: Environment, slot: number): void {
  const session = (env as SessionEnvironment).session;
  session.table.stay[slot * STAY_FIELDS + STAY_EVENT] = -1;
  exitViewer(session, slot, env.now, EXIT_NATURAL);
}
