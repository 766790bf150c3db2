import { SOURCES } from '../sim/model/ProfileSampler.js';
import type { ViewerData } from './ViewerData.js';

/** Totals and per-minute series of one session, observed or simulated, in the same shape. */
export interface SessionSummary {
  arrivals: number;
  orders: number;
  revenue: number;
  meanWatchSeconds: number;
  /** Per minute m = 0 … minutes − 1: arrivals and time-averaged viewers in the room. */
  minuteArrivals: Float64Array;
  minuteViewers: Float64Array;
  /** Per audience segment (plan order): share of its arrivals who bought, and mean watch time in seconds. */
  segmentConversion: Float64Array;
  segmentWatchSeconds: Float64Array;
  /** Per traffic source (SOURCES order: organic, followers, promotion, referral): arrivals, and the share of them who bought (NaN without arrivals). */
  sourceArrivals: Float64Array;
  sourceConversion: Float64Array;
  /** Mean seconds from arrival to first purchase over the viewers who bought (NaN: no buyers or no purchase times). */
  meanSecondsToFirstPurchase: number;
}

/** Session summaries from per-viewer rows (viewers in the room: each stay's overlap with the minute). */
export function observedSessions(data: ViewerData, minutes: number, segments: number): SessionSummary[] {
  const sessions: SessionSummary[] = data.sessions.map(() => ({
    arrivals: 0, orders: 0, revenue: 0, meanWatchSeconds: 0, meanSecondsToFirstPurchase: 0,
    minuteArrivals: new Float64Array(minutes), minuteViewers: new Float64Array(minutes),
    segmentConversion: new Float64Array(segments), segmentWatchSeconds: new Float64Array(segments),
    sourceArrivals: new Float64Array(SOURCES.length), sourceConversion: new Float64Array(SOURCES.length),
  }));
  const segmentViewers = data.sessions.map(() => new Float64Array(segments));
  const buyers = new Float64Array(data.sessions.length);
  for (let v = 0; v < data.count; v++) {
    const session = sessions[data.session[v]];
    const a = data.arrival[v];
    const d = data.departure[v];
    session.arrivals++;
    session.orders += data.orders?.[v] ?? 0;
    session.revenue += data.revenue?.[v] ?? 0;
    session.meanWatchSeconds += d - a;
    segmentViewers[data.session[v]][data.segment[v]]++;
    session.segmentWatchSeconds[data.segment[v]] += d - a;
    if ((data.orders?.[v] ?? 0) > 0) session.segmentConversion[data.segment[v]]++;
    session.sourceArrivals[data.source[v]]++;
    if ((data.orders?.[v] ?? 0) > 0) session.sourceConversion[data.source[v]]++;
    const first = data.firstPurchase?.[v] ?? NaN;
    if (!Number.isNaN(first)) {
      session.meanSecondsToFirstPurchase += first - a;
      buyers[data.session[v]]++;
    }
    session.minuteArrivals[Math.min(minutes - 1, Math.floor(a / 60))]++;
    for (let m = Math.floor(a / 60); m < minutes && m * 60 < d; m++) {
      session.minuteViewers[m] += (Math.min(d, (m + 1) * 60) - Math.max(a, m * 60)) / 60;
    }
  }
  sessions.forEach((session, index) => {
    session.meanWatchSeconds /= Math.max(1, session.arrivals);
    session.meanSecondsToFirstPurchase = buyers[index] > 0 ? session.meanSecondsToFirstPurchase / buyers[index] : NaN;
    for (let s = 0; s < SOURCES.length; s++) session.sourceConversion[s] = session.sourceArrivals[s] > 0 ? session.sourceConversion[s] / session.sourceArrivals[s] : NaN;
    for (let s = 0; s < segments; s++) {
      const n = Math.max(1, segmentViewers[index][s]);
      session.segmentConversion[s] /= n;
      session.segmentWatchSeconds[s] /= n;
    }
  });
  return sessions;
}
