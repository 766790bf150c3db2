import { ARM_METRICS } from './ArmAccumulators.js';
import type { SessionState } from './SessionState.js';
import type { ArmResult, ProductResult, RunResult, SegmentResult } from './RunResult.js';

/** a / b, or 0 when b is 0 (an empty run has rates of 0, never NaN). */
export function ratio(a: number, b: number): number {
  return b > 0 ? a / b : 0;
}

/**
 * Costs, profit and ROI of a run (docs/model.md § Costs and profit):
 *   costs = promotion budget + commission% · revenue + perOrder · orders + hostFee
 *           + referralRewardPerShare · shares (when a reward is offered)
 *   profit = revenue − costs;  ROI = profit / costs (null when costs are 0)
 */
export function profitOf(session: Pick<SessionState, 'scenario' | 'totals'>): Pick<RunResult, 'costs' | 'profit' | 'roi'> {
  const { scenario, totals } = session;
  const costs = scenario.costs;
  const promotion = scenario.traffic.promotion.budget;
  const commission = costs === undefined ? 0 : (costs.platformCommissionPercent / 100) * totals.revenue;
  const orders = costs === undefined ? 0 : costs.perOrder * totals.orders;
  const hostFee = costs === undefined ? 0 : costs.hostFee;
  const referralRewards = costs === undefined || !scenario.traffic.referral.rewardOffered ? 0 : costs.referralRewardPerShare * totals.referralShares;
  const total = promotion + commission + orders + hostFee + referralRewards;
  const profit = totals.revenue - total;
  // A spend too small to divide by (a budget of 1e-300) gives no finite ROI either.
  const roi = profit / total;
  return { costs: { promotion, commission, orders, hostFee, referralRewards, total }, profit, roi: total > 0 && Number.isFinite(roi) ? roi : null };
}

/** The result of a finished session (see {@link RunResult}). */
export function buildRunResult(session: SessionState): RunResult {
  const t = session.totals;
  const funnel = { arrived: t.arrived, engaged: t.engaged, sawLink: t.sawLink, clicked: t.clicked, bought: t.bought };
  const bySource = (values: Float64Array) => ({ organic: values[0], followers: values[1], promotion: values[2], referral: values[3] });
  const retention = session.scenario.retention;
  const result: RunResult = {
    seed: session.options.seed,
    replicate: session.options.replicate,
    events: session.events,
    arrivalCandidates: session.organic.candidates,
    funnel,
    rates: {
      engaged: ratio(t.engaged, t.arrived),
      sawLink: ratio(t.sawLink, t.arrived),
      clicked: ratio(t.clicked, t.arrived),
      bought: ratio(t.bought, t.arrived),
    },
    orders: t.orders,
    revenue: t.revenue,
    averageOrderValue: ratio(t.revenue, t.orders),
    revenuePerViewer: ratio(t.revenue, t.arrived),
    ...profitOf(session),
    sessionEffects: { trafficMultiplier: session.trafficMultiplier, warmth: session.warmth },
    decomposition: {
      audience: t.arrived,
      purchaseRate: ratio(t.bought, t.arrived),
      valuePerBuyer: ratio(t.revenue, t.bought),
      revenue: t.revenue,
    },
    peakConcurrentViewers: session.table.peak,
    meanConcurrentViewers: session.series.totalViewerSeconds / session.T,
    meanWatchSeconds: ratio(t.watchSeconds, t.arrived),
    interactions: { chats: t.acts[0], likes: t.acts[1], votes: t.acts[2], questions: t.acts[3] },
    decisions: t.decisions,
    departures: { patience: t.naturalDepartures, purchase: t.purchaseExits, presentAtEnd: t.arrived - t.naturalDepartures - t.purchaseExits },
    arrivalsBySource: bySource(t.arrivalsBySource),
    buyersBySource: bySource(t.buyersBySource),
    retention: {
      newFollowers: t.newFollowers,
      returnProbability: retention.returnProbability,
      expectedReturningViewers: t.newFollowers * retention.returnProbability,
      followersArrived: t.arrivalsBySource[1],
    },
    referralShares: t.referralShares,
    couponsGiven: t.couponsGiven,
    bySegment: segments(session),
    byProduct: products(session),
    offers: session.plan.offers.map((offer, index) => ({
      productId: session.products.ids[offer.productIndex],
      startMinute: session.scenario.plan[offer.planIndex].startMinute,
      unitsSold: session.offerUnits[index],
      stockLeft: Number.isFinite(offer.stock) ? session.offerStock[index] : null,
      soldOutMinute: Number.isNaN(session.offerSoldOutAt[index]) ? null : session.offerSoldOutAt[index] / 60,
    })),
    timeline: session.series.rows(session.T),
  };
  if (session.options.arms !== undefined && session.options.arms.length > 0) result.arms = arms(session);
  return result;
}

function segments(session: SessionState): SegmentResult[] {
  const t = session.totals;
  return session.scenario.audience.segments.map((segment, s) => {
    const arrived = t.segmentValue(s, 'arrived');
    const bought = t.segmentValue(s, 'bought');
    return {
      id: segment.id,
      arrived,
      engaged: t.segmentValue(s, 'engaged'),
      sawLink: t.segmentValue(s, 'sawLink'),
      clicked: t.segmentValue(s, 'clicked'),
      bought,
      orders: t.segmentValue(s, 'orders'),
      revenue: t.segmentValue(s, 'revenue'),
      conversionRate: ratio(bought, arrived),
      meanWatchSeconds: ratio(t.segmentValue(s, 'watchSeconds'), arrived),
      interactions: t.segmentValue(s, 'interactions'),
    };
  });
}

function products(session: SessionState): ProductResult[] {
  const t = session.totals;
  return session.products.ids.map((id, p) => ({
    id,
    views: t.productValue(p, 'views'),
    clicks: t.productValue(p, 'clicks'),
    orders: t.productValue(p, 'orders'),
    revenue: t.productValue(p, 'revenue'),
    saleUnits: t.productValue(p, 'saleUnits'),
  }));
}

function arms(session: SessionState): ArmResult[] {
  return session.plan.arms.map((arm, index) => {
    const stats = Object.fromEntries(ARM_METRICS.map((metric) => [metric, session.armStats.stats(index, metric)]));
    return { name: arm.name, viewers: stats.conversion.n, ...stats } as ArmResult;
  });
}
