import type { Environment } from '../kernel/index.js';
import { chooseProduct } from './chooseProduct.js';
import { decide, persuasionLevel } from './decide.js';
import type { SessionState, SessionEnvironment } from './SessionState.js';
import { PURPOSE_DECIDE } from './ViewerStreams.js';
import { DEPARTURE, NOTICED, SAW_LINK, STAY_FIELDS } from './ViewerTable.js';
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
 * Noticing the live link (scheduleNotice) is here for both timings: under decision moments the
 * notice is itself the decision moment.
 */

/** A viewer arrives: remember the room's persuasion level, start noticing a live link, start weighing. */
export function startWeighing(session: SessionState, slot: number, noticeUniform: number): void {
  const table = session.table;
  table.persuasionAtArrival[slot] = persuasionLevel(session);
  if (session.plan.arms[table.arm[slot]].linkLive[session.currentPiece] === 1) scheduleNotice(session, slot, noticeUniform);
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
 * The link is live for this viewer: they notice it after an Exp(noticePerMinute) delay, drawn by
 * inversion of `uniform`, unless they leave first (or the arm has no notice rate). One function
 * for both timings; what it skips differs: timing "moments" skips a viewer who already saw the
 * link or an offer (SAW_LINK), timing "hazard" one who has noticed the link or is about to.
 */
export function scheduleNotice(session: SessionState, slot: number, uniform: number): void {
  const table = session.table;
  const flags = table.flags[slot];
  if (session.plan.hazard ? (flags & NOTICED) !== 0 || table.noticeEvent[slot] >= 0 : (flags & SAW_LINK) !== 0) return;
  const rate = session.plan.arms[table.arm[slot]].noticeRate;
  if (!(rate > 0)) return;
  const at = session.env.now - log1p(-uniform) / rate;
  if (at < table.stay[slot * STAY_FIELDS + DEPARTURE] && at <= session.T) table.noticeEvent[slot] = session.env.at(at, onNotice, slot);
}

/**
 * The viewer notices the link, if it is still live for them, and looks at it once: a decision
 * (timing "moments", unless they saw the link meanwhile) or a weighing (timing "hazard", after
 * which they also weigh it at linkPerMinute while it is live).
 */
function onNotice(env: Environment, slot: number): void {
  const session = (env as SessionEnvironment).session;
  const table = session.table;
  const hazard = session.plan.hazard;
  table.noticeEvent[slot] = -1;
  if (!hazard && (table.flags[slot] & SAW_LINK) !== 0) return;
  if (session.plan.arms[table.arm[slot]].linkLive[session.currentPiece] !== 1) return;
  if (hazard) table.flags[slot] |= NOTICED;
  const product = chooseProduct(session, slot);
  if (product < 0) return;
  decide(session, slot, product);
  if (hazard) scheduleWeighing(session, slot);
}
