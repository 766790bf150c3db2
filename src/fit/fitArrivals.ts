import type { FitEstimate } from '../sim/scenario/fitRecord.js';
import type { EstimatorOutput, FitContext } from './FitContext.js';
import { heldEstimate, logScaleEstimate, waldEstimate } from './makeEstimate.js';
import { fitReferralTimes, type ReferralSession } from './fitReferral.js';
import { goldenSection } from './goldenSection.js';
import { LEFT_PURCHASE } from './ViewerData.js';
import { exp, expm1, log } from '../math/index.js';

const ORGANIC = 0;
const FOLLOWERS = 1;
const PROMOTION = 2;
const REFERRAL = 3;

/**
 * Arrivals by source, each by maximum likelihood of a Poisson process observed over S sessions
 * (docs/fit.md § Arrivals):
 * - organic: a piecewise-constant rate over bins of `binMinutes`; the MLE of a bin's rate is
 *   count / (S · width), se = √count / (S · width); written as a `step` curve;
 * - followers: intensity N/τ·e^(−t/τ) on [0, T]: τ by maximising the truncated-exponential
 *   likelihood of the arrival times, openRate = count / (S · followers · (1 − e^(−T/τ)));
 * - promotion: viewersAtSaturation = count / (S · (1 − e^(−budget/budgetScale))) (budgetScale held:
 *   one budget cannot separate the two);
 * - referrals: shareProbability and delayMinutes by the point-process likelihood of the referral
 *   arrival times given the purchase times (fitReferral.ts); without first_purchase_s, shareProbability
 *   from the count against buyers' chances to bring friends in time;
 * - segment shares: multinomial proportions, se = √(p(1 − p)/n).
 */
export function fitArrivals(context: FitContext): EstimatorOutput {
  const { scenario, data } = context;
  const S = data.sessions.length;
  const T = scenario.session.durationMinutes;
  const byBin = organicCurve(context, S, T);
  const estimates: FitEstimate[] = [...byBin.estimates, ...followers(context, S, T), ...promotion(context, S), ...referral(context, T), ...shares(context)];
  return { estimates, replace: { 'traffic.arrivals': byBin.curve } };
}

function organicCurve(context: FitContext, S: number, T: number) {
  const width = context.settings.binMinutes;
  const bins = Math.ceil(T / width - 1e-9);
  const counts = new Float64Array(bins);
  for (let v = 0; v < context.data.count; v++) {
    if (context.data.source[v] !== ORGANIC) continue;
    counts[Math.min(bins - 1, Math.floor(context.data.arrival[v] / 60 / width))]++;
  }
  const points: [number, number][] = [];
  const estimates: FitEstimate[] = [];
  for (let b = 0; b < bins; b++) {
    const length = Math.min(width, T - b * width);
    const scale = S * length;
    const rate = counts[b] / scale;
    points.push([b * width, rate]);
    const se = Math.sqrt(Math.max(counts[b], 1)) / scale;
    estimates.push(waldEstimate(`traffic.arrivals.points[${b}][1]`, rate, se, undefined, 'poisson-mle', 0, `organic arrivals per minute, minutes ${b * width}–${b * width + length}`));
  }
  return { curve: { kind: 'curve', interpolation: 'step', points }, estimates };
}

function followers(context: FitContext, S: number, T: number): FitEstimate[] {
  const { scenario } = context;
  const notification = scenario.traffic.followerNotification;
  const times = arrivalsOf(context, FOLLOWERS).map((t) => t / 60);
  const held = (note: string) => [heldEstimate('traffic.followerNotification.openRate', notification.openRate, note), heldEstimate('traffic.followerNotification.decayMinutes', notification.decayMinutes, note)];
  if (scenario.host.followers <= 0) return held('the plan has no followers');
  if (times.length < context.settings.minEvents) return held(`only ${times.length} follower arrivals`);
  const n = times.length;
  const sum = times.reduce((a, b) => a + b, 0);
  const logLikelihood = (logTau: number) => {
    const tau = exp(logTau);
    return -n * logTau - sum / tau - n * log(-expm1(-T / tau));
  };
  const logTau = goldenSection((x) => -logLikelihood(x), log(0.01), log(100 * T));
  const h = 1e-3;
  const curvature = -(logLikelihood(logTau + h) - 2 * logLikelihood(logTau) + logLikelihood(logTau - h)) / (h * h);
  const tau = exp(logTau);
  const openRate = n / (S * scenario.host.followers * -expm1(-T / tau));
  return [
    waldEstimate('traffic.followerNotification.openRate', Math.min(1, openRate), openRate / Math.sqrt(n), notification.openRate, 'poisson-mle', 0),
    logScaleEstimate('traffic.followerNotification.decayMinutes', logTau, 1 / Math.sqrt(Math.max(curvature, 1e-12)), notification.decayMinutes, 'truncated-exponential-mle'),
  ];
}

function promotion(context: FitContext, S: number): FitEstimate[] {
  const promo = context.scenario.traffic.promotion;
  const out = [heldEstimate('traffic.promotion.budgetScale', promo.budgetScale, 'one budget cannot separate the saturation audience from the budget scale')];
  const n = arrivalsOf(context, PROMOTION).length;
  if (promo.budget <= 0) return [...out, heldEstimate('traffic.promotion.viewersAtSaturation', promo.viewersAtSaturation, 'the plan has no promotion budget')];
  const reach = -expm1(-promo.budget / promo.budgetScale);
  const value = n / (S * reach);
  return [...out, waldEstimate('traffic.promotion.viewersAtSaturation', value, Math.sqrt(Math.max(n, 1)) / (S * reach), promo.viewersAtSaturation, 'poisson-mle', 0)];
}

function referral(context: FitContext, T: number): FitEstimate[] {
  const { scenario, data } = context;
  const r = scenario.traffic.referral;
  const k = r.viewersPerShare;
  const lift = r.rewardOffered ? r.rewardShareLift : 0;
  const perShare = heldEstimate('traffic.referral.viewersPerShare', k, 'not separable from the share probability with per-viewer data (who referred whom is not exported)');
  const delayHeld = (note: string) => heldEstimate('traffic.referral.delayMinutes', r.delayMinutes, note);
  const n = arrivalsOf(context, REFERRAL).length;
  if (data.orders === null) return [heldEstimate('traffic.referral.shareProbability', r.shareProbability, 'no orders column'), perShare, delayHeld('no orders column')];
  const sessions = referralSessions(context, T);
  const byTimes = data.firstPurchase !== null && n >= context.settings.minEvents ? fitReferralTimes(sessions) : null;
  if (byTimes !== null && byTimes.covariance !== null) {
    // Overdispersion of a share's friends (they come together): variance / mean = 1 + k(1 − p).
    const p = Math.min(1, byTimes.perOrder / k);
    const dispersion = 1 + k * (1 - p);
    const logSe = (i: number) => Math.sqrt(dispersion * Math.max(byTimes.covariance![i], 0));
    const value = Math.min(1, Math.max(0, byTimes.perOrder / k - lift));
    const unexplained = byTimes.unexplained > 0 ? `; ${byTimes.unexplained} referral arrivals before any purchase left out` : '';
    return [
      waldEstimate('traffic.referral.shareProbability', value, (byTimes.perOrder / k) * logSe(0), r.shareProbability, 'point-process-mle', 0, `referral arrival times given first_purchase_s (arrivals per order ÷ viewersPerShare ${k})${unexplained}`),
      perShare,
      logScaleEstimate('traffic.referral.delayMinutes', log(byTimes.delaySeconds / 60), logSe(3), r.delayMinutes, 'point-process-mle', `referral arrival times given first_purchase_s${unexplained}`),
    ];
  }
  // Without purchase times (or too few referral arrivals to time): the count against the buyers'
  // chances to bring friends in time, the purchase taken as the departure of buyers who left by
  // buying and the middle of the stay otherwise (an approximation).
  let chances = 0;
  for (const session of sessions) for (let b = 0; b < session.buyTimes.length; b++) chances += session.orders[b] * -expm1(-(T * 60 - session.buyTimes[b]) / 60 / r.delayMinutes);
  if (chances <= 0 || k <= 0) return [heldEstimate('traffic.referral.shareProbability', r.shareProbability, 'no buyers to share'), perShare, delayHeld('no buyers to share')];
  const value = Math.min(1, Math.max(0, n / (k * chances) - lift));
  const se = Math.sqrt(Math.max(n, 1) * (1 + k)) / (k * chances);
  const why = data.firstPurchase === null ? 'no first_purchase_s column' : `only ${n} referral arrivals`;
  return [
    waldEstimate('traffic.referral.shareProbability', value, se, r.shareProbability, 'poisson-moment', 0, data.firstPurchase === null ? 'purchase time approximated by the buyer\'s departure or mid-stay' : `${why}: count against the buyers' chances at the plan's delay`),
    perShare,
    delayHeld(`${why}: kept at the plan's value`),
  ];
}

/** Per session: each buyer's purchase time (first_purchase_s, else departure by purchase or mid-stay) and orders, and the referral arrival times. */
function referralSessions(context: FitContext, T: number): ReferralSession[] {
  const { data } = context;
  const sessions = data.sessions.map(() => ({ T: T * 60, buyTimes: [] as number[], orders: [] as number[], arrivals: [] as number[] }));
  for (let v = 0; v < data.count; v++) {
    const session = sessions[data.session[v]];
    if (data.source[v] === REFERRAL) session.arrivals.push(data.arrival[v]);
    const orders = data.orders?.[v] ?? 0;
    if (orders <= 0) continue;
    const first = data.firstPurchase?.[v] ?? NaN;
    session.buyTimes.push(!Number.isNaN(first) ? first : data.leftBy[v] === LEFT_PURCHASE ? data.departure[v] : (data.arrival[v] + data.departure[v]) / 2);
    session.orders.push(orders);
  }
  return sessions;
}

function shares(context: FitContext): FitEstimate[] {
  const { scenario, data } = context;
  const counts = new Float64Array(scenario.audience.segments.length);
  for (let v = 0; v < data.count; v++) counts[data.segment[v]]++;
  const n = data.count;
  return scenario.audience.segments.map((segment, s) => {
    const p = counts[s] / n;
    return waldEstimate(`audience.segments[${s}].share`, p, Math.sqrt((p * (1 - p)) / n), segment.share, 'multinomial-mle', 0);
  });
}

function arrivalsOf(context: FitContext, source: number): number[] {
  const times: number[] = [];
  for (let v = 0; v < context.data.count; v++) if (context.data.source[v] === source) times.push(context.data.arrival[v]);
  return times;
}
