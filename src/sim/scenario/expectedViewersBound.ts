import type { Scenario } from './scenarioSchema.js';

/**
 * An upper bound of the viewers one session brings: the highest organic rate over the whole
 * session, every follower who opens the notification, the promotion's saturation audience.
 * (Referrals are a share of buyers, so they stay below the viewers already counted.)
 */
export function expectedViewersBound(scenario: Scenario): number {
  const arrivals = scenario.traffic.arrivals;
  const peak = arrivals.kind === 'constant' ? arrivals.perMinute : arrivals.kind === 'sine' ? arrivals.peakPerMinute : Math.max(...arrivals.points.map(([, rate]) => rate));
  return peak * scenario.session.durationMinutes + scenario.host.followers * scenario.traffic.followerNotification.openRate + scenario.traffic.promotion.viewersAtSaturation;
}
