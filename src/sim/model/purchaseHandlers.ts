import type { Environment } from '../kernel/index.js';
import { cancelStay, exitViewer, EXIT_PURCHASE } from './exitViewer.js';
import type { SessionEnvironment } from './SessionState.js';
import { recordPurchase } from './recordPurchase.js';

/**
 * A purchase decided by `decide` or `weigh` (scheduled with no delay): record it, and with
 * leaveAfterPurchase the buyer leaves. Its own module, so the decision code and the arrival and
 * stay handlers import it without importing each other (no import cycle on the hot path).
 */
export function onPurchase(env: Environment, slot: number): void {
  const session = (env as SessionEnvironment).session;
  recordPurchase(session, slot);
  if (session.scenario.purchase.leaveAfterPurchase) {
    cancelStay(session, slot);
    exitViewer(session, slot, env.now, EXIT_PURCHASE);
  }
}
