import type { Scenario, WatchTime } from '../scenario/index.js';
import { organicArrivalRate } from './organicArrivalRate.js';
import { exp } from '../../math/index.js';

/**
 * A rough upper estimate of the number of viewers in the room at once (peak arrival rate × the
 * longest mean watch time, plus a margin), used only to size the viewer table and the event queue
 * up front so that a run does not spend time growing them. Both still grow if it is exceeded.
 */
export function expectedPeakViewers(scenario: Scenario): number {
  const T = scenario.session.durationMinutes * 60;
  const organic = organicArrivalRate(scenario.traffic.arrivals, T).maxRate;
  const longestStay = Math.max(...scenario.audience.segments.map((segment) => meanWatchSeconds(segment.watchTime)));
  const estimate = 1.25 * organic * Math.min(T, longestStay);
  return Math.max(1024, Math.min(1 << 20, Math.ceil(estimate)));
}

function meanWatchSeconds(watch: WatchTime): number {
  if (watch.kind === 'lognormal') return watch.medianMinutes * 60 * exp((watch.sigma * watch.sigma) / 2);
  return watch.meanMinutes * 60;
}
