import type { SessionState } from './SessionState.js';
import { log1p } from '../../math/index.js';

/**
 * Room state D(t) as it enters the purchase log-odds (docs/model.md § Room state):
 *
 *   socialProof · ln(1 + purchases in the last W minutes)
 *   + crowd · ln(1 + concurrent viewers / 1000)
 *   + chatBuzz · chats per viewer in the last full minute
 *
 * "The last W minutes" is minute-grained: the current minute so far and the W − 1 before it.
 */
export function roomLogOdds(session: SessionState): number {
  const purchase = session.scenario.purchase;
  const series = session.series;
  const minute = series.minuteOf(session.env.now);
  let total = 0;
  if (purchase.socialProof !== 0) {
    let recent = 0;
    for (let m = Math.max(0, minute - purchase.socialProofWindowMinutes + 1); m <= minute; m++) recent += series.orders[m];
    total += purchase.socialProof * log1p(recent);
  }
  if (purchase.crowd !== 0) total += purchase.crowd * log1p(session.table.count / 1000);
  if (purchase.chatBuzz !== 0 && minute > 0) {
    const viewers = series.viewerSeconds[minute - 1] / 60;
    if (viewers > 0) total += (purchase.chatBuzz * series.chats[minute - 1]) / viewers;
  }
  return total;
}
