import type { Scenario } from '../sim/scenario/index.js';
import { simulator } from './fitPurchase.js';
import type { FitEstimate } from '../sim/scenario/fitRecord.js';
import type { EstimatorOutput, FitContext } from './FitContext.js';
import { heldEstimate } from './makeEstimate.js';
import { PRIOR_DF, sessionSpread, type SpreadEstimate } from './sessionSpread.js';
import { log } from '../math/index.js';

/** Largest spread the scenario accepts (session.variation's schema). */
const MAX_SD = 2;
/** Half-step of the central difference of log conversion in the warmth (log-odds). */
const STEP = 0.25;

/**
 * Sessions that differ (docs/fit.md § Several sessions): the session-level spreads of the traffic
 * level and of the audience warmth, from two or more sessions.
 *
 * - Traffic: y_s = log(arrivals_s), sampling variance 1/arrivals_s (Poisson), spread σ_t.
 * - Warmth: y_s = log(orders_s / arrivals_s), sampling variance Var(orders per viewer) /
 *   (arrivals_s · rate_s²) (delta method); the warmth moves every purchase log-odds by σ_w·Z, which
 *   moves log conversion by k·σ_w·Z with k = ∂ log(conversion)/∂ warmth, found by simulating the
 *   plan fitted so far at baseline ± 0.25 (common random numbers, session effects off; warmth and
 *   baseline enter the log-odds alike). So y_s / k has spread σ_w.
 *
 * Each spread is {@link sessionSpread}: moments pooled with the plan's value. The estimates switch
 * session variation on in the fitted plan, so simulating it draws each session's own effects.
 */
export function fitSessionVariation(context: FitContext): EstimatorOutput {
  const { scenario, data, settings } = context;
  const variation = scenario.session.variation;
  const S = data.sessions.length;
  if (S < 2) {
    if (!variation.enabled) return { estimates: [] };
    const note = 'session-to-session spread: one session cannot show it; kept at the plan\'s value';
    return { estimates: [heldEstimate('session.variation.trafficSd', variation.trafficSd, note), heldEstimate('session.variation.warmthSd', variation.warmthSd, note)] };
  }
  const arrivals = new Float64Array(S);
  const orders = new Float64Array(S);
  const squares = new Float64Array(S);
  for (let v = 0; v < data.count; v++) {
    const s = data.session[v];
    const o = data.orders?.[v] ?? 0;
    arrivals[s]++;
    orders[s] += o;
    squares[s] += o * o;
  }
  const traffic = sessionSpread(Float64Array.from(arrivals, log), Float64Array.from(arrivals, (n) => 1 / n), variation.trafficSd);
  const estimates: FitEstimate[] = [spreadEstimate('session.variation.trafficSd', traffic, variation.trafficSd, S, 'log arrivals')];
  const k = data.orders === null || orders.some((count) => count < settings.minEvents / S) ? NaN : conversionPerWarmth(scenario, settings.seed, settings.simulationReplicates);
  if (!(k > 0.05)) {
    estimates.push(heldEstimate('session.variation.warmthSd', variation.warmthSd, 'no orders column, too few orders per session, or conversion does not move with the log-odds; kept at the plan\'s value'));
  } else {
    const y = Float64Array.from(orders, (count, s) => log(count / arrivals[s]) / k);
    const sampling = Float64Array.from(orders, (count, s) => {
      const n = arrivals[s];
      const rate = count / n;
      const variance = Math.max(0, squares[s] / n - rate * rate) * (n / (n - 1));
      return variance / (n * rate * rate) / (k * k);
    });
    const warmth = sessionSpread(y, sampling, variation.warmthSd);
    estimates.push(spreadEstimate('session.variation.warmthSd', warmth, variation.warmthSd, S, `log conversion per arrival ÷ ${k.toFixed(3)} (its change per unit of warmth)`));
  }
  return { estimates, replace: { 'session.variation.enabled': true } };
}

function spreadEstimate(path: string, spread: SpreadEstimate, prior: number, sessions: number, of: string): FitEstimate {
  return {
    path,
    value: Math.min(MAX_SD, spread.pooled),
    prior,
    se: spread.se,
    interval: [Math.min(MAX_SD, spread.interval[0]), Math.min(MAX_SD, spread.interval[1])],
    method: 'random-effects-moments',
    held: false,
    note: `spread of ${of} over ${sessions} sessions, net of sampling noise: ${spread.moment.toPrecision(3)} alone; pooled with the plan's ${prior} as ${PRIOR_DF} degrees of freedom (${spread.df} in all)`,
  };
}

/** ∂ log(orders / arrivals) / ∂ warmth by a central difference in purchase.baseline (session effects off, common random numbers). */
function conversionPerWarmth(base: Scenario, seed: number, replicates: number): number {
  const simulate = simulator(base, seed, replicates, ['baseline']);
  const baseline = base.purchase.baseline;
  return (simulate([baseline + STEP]).moments[0] - simulate([baseline - STEP]).moments[0]) / (2 * STEP);
}
