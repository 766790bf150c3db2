import type { Environment } from '../kernel/index.js';
import { chooseProduct } from './chooseProduct.js';
import { decide, persuasionLevel } from './decide.js';
import type { SessionState, SessionEnvironment } from './SessionState.js';
import { PURPOSE_DECIDE } from './ViewerStreams.js';
import { DEPARTURE, NOTICED, STAY_FIELDS } from './ViewerTable.js';
import { log1p } from '../../math/index.js';

/**
 * Timing "hazard" (docs/model.md § Purchase decision): buying as a process in time. While an offer
 * is in front of a viewer they weigh it as a Poisson process whose rate is that of the stage
 * (considerations.pitchPerMinute during a pitch, offerPerMinute during a flash sale, plus
 * countdownPerMinute in its countdown) plus linkPerMinute while the link is live once they have
 * noticed it. The rate is piecewise constant over the pieces, so the next weighing lands at
 * Λ⁻¹(Λ(now) + Exp(1)) on the arm's weighing clock (the time-change theorem, as for acts): a host
 * boundary never reschedules anyone, and a boundary that changes no rate (a segment cut in two)
 * changes nothing. At each weighing the viewer buys with probability σ(η) if the price is within
 * their willingness to pay (decide). The purchase hazard is the weighing rate × that probability.
 */

/** A viewer arrives: remember the room's persuasion level, start noticing a live link, start weighing. */
export function startWeighing(session: SessionState, slot: number, noticeUniform: number): void {
  const table = session.table;
  table.persuasionAtArrival[slot] = persuasionLevel(session);
  if (session.plan.arms[table.arm[slot]].linkLive[session.currentPiece] === 1) scheduleLinkNotice(session, slot, noticeUniform);
  scheduleWeighing(session, slot);
}

/** Schedule the viewer's next weighing on the clock that applies to them (replacing a pending one). */
export function scheduleWeighing(session: SessionState, slot: number): void {
  const table = session.table;
  const pending = table.considerEvent[slot];
  if (pending >= 0) session.env.cancel(pending);
  table.considerEvent[slot] = -1;
  const arm = session.plan.arms[table.arm[slot]];
  const clock = (table.flags[slot] & NOTICED) !== 0 ? arm.considerNoticed : arm.considerStage;
  const gap = -log1p(-session.streams.next(slot, PURPOSE_DECIDE));
  const at = clock.timeWhen(clock.cumulativeAt(session.env.now) + gap);
  if (at < table.stay[slot * STAY_FIELDS + DEPARTURE] && at <= session.T) table.considerEvent[slot] = session.env.at(at, onWeigh, slot);
}

function onWeigh(env: Environment, slot: number): void {
  const session = (env as SessionEnvironment).session;
  session.table.considerEvent[slot] = -1;
  const product = chooseProduct(session, slot);
  if (product < 0) return;
  decide(session, slot, product);
  scheduleWeighing(session, slot);
}

/**
 * When the viewer notices the live link: an Exp(noticePerMinute) delay from now by inversion of
 * `uniform`; −1 when they never do during their stay (no notice rate, or they leave first).
 * Shared by both timings (viewerHandlers.scheduleNotice under decision moments).
 */
export function noticeTime(session: SessionState, slot: number, uniform: number): number {
  const rate = session.plan.arms[session.table.arm[slot]].noticeRate;
  if (!(rate > 0)) return -1;
  const at = session.env.now - log1p(-uniform) / rate;
  return at < session.table.stay[slot * STAY_FIELDS + DEPARTURE] && at <= session.T ? at : -1;
}

/** The link is live for this viewer: they notice it after an Exp(noticePerMinute) delay (uniform given). */
export function scheduleLinkNotice(session: SessionState, slot: number, uniform: number): void {
  const table = session.table;
  if ((table.flags[slot] & NOTICED) !== 0 || table.noticeEvent[slot] >= 0) return;
  const at = noticeTime(session, slot, uniform);
  if (at >= 0) table.noticeEvent[slot] = session.env.at(at, onLinkNotice, slot);
}

/**
 * The viewer notices the link (if it is still live for them): they look at it once (a weighing)
 * and from then on also weigh it at linkPerMinute while it is live.
 */
function onLinkNotice(env: Environment, slot: number): void {
  const session = (env as SessionEnvironment).session;
  const table = session.table;
  table.noticeEvent[slot] = -1;
  if (session.plan.arms[table.arm[slot]].linkLive[session.currentPiece] !== 1) return;
  table.flags[slot] |= NOTICED;
  const product = chooseProduct(session, slot);
  if (product < 0) return;
  decide(session, slot, product);
  scheduleWeighing(session, slot);
}
