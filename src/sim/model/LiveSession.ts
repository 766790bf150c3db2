import { onReferralArrival, startArrivals } from './arrivalHandlers.js';
import { exitViewer, EXIT_END } from './exitViewer.js';
import { scheduleHostEvents } from './hostHandlers.js';
import type { EventHandler } from '../kernel/index.js';
import { SessionState } from './SessionState.js';

export { MAX_ARMS, SessionEnvironment, type SessionOptions } from './SessionState.js';

/**
 * One simulated live session: its state (SessionState) and the run.
 *
 *   compile plan → schedule host events and arrival processes → kernel.run(until T)
 *   → everyone still watching leaves at T → totals (see buildRunResult)
 *
 * The handlers import only the SessionState type, so no module imports back into this one.
 */
export class LiveSession extends SessionState {
  readonly referralArrival: EventHandler = onReferralArrival;

  /** Run the whole session once; a LiveSession runs only once (create a new one per run). */
  run(): this {
    if (this.ran) throw new Error('LiveSession.run: this session has already run; create a new LiveSession');
    this.ran = true;
    scheduleHostEvents(this);
    startArrivals(this);
    this.env.run({ until: this.T });
    while (this.table.count > 0) exitViewer(this, this.table.present[this.table.count - 1], this.T, EXIT_END);
    this.series.close(this.T);
    return this;
  }
}
