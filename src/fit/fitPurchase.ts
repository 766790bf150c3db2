import { runSession } from '../sim/model/runSession.js';
import { parseScenario, type Scenario } from '../sim/scenario/index.js';
import type { FitEstimate } from '../sim/scenario/fitRecord.js';
import type { EstimatorOutput, FitContext } from './FitContext.js';
import { heldEstimate, waldEstimate } from './makeEstimate.js';
import { invert } from './minimise.js';
import { log } from '../math/index.js';

/**
 * Purchase coefficients estimated by simulation; every other numeric purchase coefficient is held.
 * With timing "hazard" a viewer buys at rate (weighing rate) × σ(η) while an offer is in front of
 * them, ≈ rate · e^η at the low conversions of live selling, so one conversion per arrival
 * identifies the baseline but not the weighing rates (considerations) or the other log-odds terms
 * apart from it (one price, one plan); clicks, given the baseline, identify the click lift.
 */
const ESTIMATED = ['baseline', 'clickLift'] as const;
/** Why each held coefficient is held (every numeric purchase coefficient not estimated). */
const HELD_REASON: Record<string, string> = {
  considerationMinutes: 'build-up and fade of a pitch\'s persuasion: purchase times are not in the per-viewer export; kept at the plan\'s value',
  priceVsWillingness: 'used with timing "moments" only; with timing "hazard" the willingness to pay is a reservation price; kept at the plan\'s value',
};
const HELD_DEFAULT = 'not separable from the baseline with one price and one plan (conversion ≈ weighing rate × e^baseline); kept at the plan\'s value';
const STEP = 0.15;
const MAX_ITERATIONS = 8;

/**
 * Purchase coefficients by the method of simulated moments (McFadden 1989; Gouriéroux & Monfort
 * 1996, ch. 2) with common random numbers: the same `simulationReplicates` seeds simulate every
 * candidate, so the simulated moments move smoothly with the coefficients. It treats the purchase
 * model as a black box, so it keeps working when that model changes (docs/fit.md).
 *
 * Moments: log(orders / arrivals) and log(clickers / arrivals), observed over all sessions and
 * simulated from the plan with the earlier stages' estimates. Unknowns: purchase.baseline and
 * purchase.clickLift (the latter only with a clicked column). Solved by Newton's method with a
 * forward-difference Jacobian J. Covariance J⁻¹ (V_obs + V_sim) J⁻ᵀ, with V_obs the delta-method
 * covariance of the observed log rates from per-viewer variances and V_sim the same scaled to the
 * simulated number of viewers. Conversion per arrival, not orders, is matched so that errors in
 * the fitted traffic largely cancel.
 */
export function fitPurchase(context: FitContext): EstimatorOutput {
  const { scenario, data, settings } = context;
  const purchase = scenario.purchase as unknown as Record<string, unknown>;
  const held = (name: string, note: string) => heldEstimate(`purchase.${name}`, purchase[name] as number, note);
  const considerations = scenario.purchase.considerations as unknown as Record<string, number>;
  const othersHeld = [
    ...Object.keys(purchase)
      .filter((name) => typeof purchase[name] === 'number' && !(ESTIMATED as readonly string[]).includes(name) && name !== 'socialProofWindowMinutes')
      .map((name) => held(name, HELD_REASON[name] ?? HELD_DEFAULT)),
    ...(scenario.purchase.timing === 'hazard'
      ? Object.keys(considerations).map((name) => heldEstimate(`purchase.considerations.${name}`, considerations[name], HELD_DEFAULT))
      : []),
  ];
  const observed = observedMoments(context);
  // Orders identify the baseline; clicks, given the baseline, the click lift (moment i ↔ ESTIMATED[i]).
  const enough = (moment: Moment | undefined) => moment !== undefined && moment.events >= settings.minEvents;
  const active = !enough(observed[0]) ? [] : enough(observed[1]) ? observed.slice(0, 2) : observed.slice(0, 1);
  if (active.length === 0) return { estimates: [...ESTIMATED.map((name) => held(name, 'too few orders to estimate')), ...othersHeld] };
  const names = ESTIMATED.slice(0, active.length);
  const simulate = simulator(scenario, settings.seed, settings.simulationReplicates, names);
  let theta = names.map((name) => purchase[name] as number);
  let jacobian: Float64Array | null = null;
  let simulatedViewers = 0;
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    const centre = simulate(theta);
    simulatedViewers = centre.arrived;
    const gap = active.map((moment, i) => centre.moments[i] - moment.logRate);
    jacobian = new Float64Array(names.length * names.length);
    for (let j = 0; j < names.length; j++) {
      const moved = simulate(theta.map((value, k) => (k === j ? value + STEP : value)));
      for (let i = 0; i < names.length; i++) jacobian[i * names.length + j] = (moved.moments[i] - centre.moments[i]) / STEP;
    }
    const inverse = invert(jacobian, names.length);
    if (inverse === null) break;
    const step = names.map((_, j) => -active.reduce((sum, _m, i) => sum + inverse[j * names.length + i] * gap[i], 0));
    const clamped = step.map((s) => Math.max(-2, Math.min(2, s)));
    theta = theta.map((value, j) => (names[j] === 'clickLift' ? Math.max(0, value + clamped[j]) : value + clamped[j]));
    if (clamped.every((s) => Math.abs(s) < 0.005)) break;
  }
  const covariance = momentCovariance(active, data.count, simulatedViewers);
  const inverse = jacobian === null ? null : invert(jacobian, names.length);
  const estimates: FitEstimate[] = names.map((name, j) => {
    let variance = 0;
    if (inverse !== null) for (let a = 0; a < names.length; a++) for (let b = 0; b < names.length; b++) variance += inverse[j * names.length + a] * covariance[a][b] * inverse[j * names.length + b];
    const floor = name === 'clickLift' ? 0 : -Infinity;
    return waldEstimate(`purchase.${name}`, theta[j], inverse === null ? Infinity : Math.sqrt(variance), purchase[name] as number, 'simulated-moments', floor);
  });
  if (names.length < ESTIMATED.length) estimates.push(held('clickLift', 'no clicked column or too few clicks'));
  return { estimates: [...estimates, ...othersHeld] };
}

interface Moment {
  logRate: number;
  events: number;
  values: ArrayLike<number>;
  mean: number;
}

function observedMoments(context: FitContext): Moment[] {
  const { data } = context;
  const moments: Moment[] = [];
  for (const values of [data.orders, data.clicked]) {
    if (values === null) break;
    let events = 0;
    for (let v = 0; v < data.count; v++) events += values[v];
    const mean = events / data.count;
    moments.push({ logRate: log(mean), events, values, mean });
  }
  return moments;
}

/** Delta-method covariance of the log rates, observed plus simulated (scaled by viewer counts). */
function momentCovariance(moments: Moment[], n: number, simulated: number): number[][] {
  const factor = 1 + n / Math.max(simulated, 1);
  return moments.map((a) => moments.map((b) => {
    let sum = 0;
    for (let v = 0; v < n; v++) sum += (a.values[v] - a.mean) * (b.values[v] - b.mean);
    return (factor * sum) / (n - 1) / n / (a.mean * b.mean);
  }));
}

/**
 * Simulated moments log(orders / arrivals) and log(clickers / arrivals) of `base` with the purchase
 * coefficients `names` set to θ, over `replicates` sessions of `seed` (common random numbers),
 * session effects at their means.
 */
export function simulator(base: Scenario, seed: number, replicates: number, names: readonly string[]) {
  return (theta: number[]) => {
    const json = structuredClone(base) as unknown as { purchase: Record<string, number>; session: { variation: { enabled: boolean } } };
    // Session effects at their means (traffic × 1, warmth 0): a few replicates' own draws would move
    // the simulated rates; averaging over the warmth changes mean conversion by 0.04–1.2% on the
    // example plans (docs/fit.md § Several sessions), so the baseline matched at warmth 0 is kept.
    json.session.variation.enabled = false;
    names.forEach((name, j) => (json.purchase[name] = theta[j]));
    const scenario = parseScenario(json);
    let arrived = 0;
    let orders = 0;
    let clicked = 0;
    for (let replicate = 0; replicate < replicates; replicate++) {
      const result = runSession(scenario, { seed, replicate });
      arrived += result.funnel.arrived;
      orders += result.orders;
      clicked += result.funnel.clicked;
    }
    return { arrived, moments: [log(Math.max(orders, 0.5) / arrived), log(Math.max(clicked, 0.5) / arrived)] };
  };
}
