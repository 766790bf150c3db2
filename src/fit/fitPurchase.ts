import { runSession } from '../sim/model/runSession.js';
import { parseScenario, type Scenario } from '../sim/scenario/index.js';
import type { FitEstimate } from '../sim/scenario/fitRecord.js';
import type { EstimatorOutput, FitContext } from './FitContext.js';
import { heldEstimate, logScaleEstimate, waldEstimate } from './makeEstimate.js';
import { secondsToFirstPurchase } from './secondsToFirstPurchase.js';
import { invert } from './minimise.js';
import { exp, log } from '../math/index.js';

/**
 * Purchase coefficients estimated by simulation; every other numeric purchase coefficient is held.
 * With timing "hazard" a viewer buys at rate (weighing rate) × σ(η) while an offer is in front of
 * them, ≈ rate · e^η at the low conversions of live selling, so one conversion per arrival
 * identifies the baseline but not the weighing rates (considerations) or the other log-odds terms
 * apart from it (one price, one plan); clicks, given the baseline, identify the click lift; the
 * time from arrival to first purchase, given both, identifies how fast a pitch's persuasion builds
 * up in a viewer (considerationMinutes).
 */
const ESTIMATED = ['baseline', 'clickLift', 'considerationMinutes'] as const;
type Name = (typeof ESTIMATED)[number];
/** Why each held coefficient is held (every numeric purchase coefficient not estimated). */
const HELD_REASON: Record<string, string> = {
  priceVsWillingness: 'used with timing "moments" only; with timing "hazard" the willingness to pay is a reservation price; kept at the plan\'s value',
};
const HELD_DEFAULT = 'not separable from the baseline with one price and one plan (conversion ≈ weighing rate × e^baseline); kept at the plan\'s value';
const STEP = 0.15;
const MAX_ITERATIONS = 8;
/** considerationMinutes is solved for on the log scale, within these bounds (minutes). */
const TAU_BOUNDS = [0.05, 60] as const;
/** Above this standard error of log considerationMinutes (its 90% interval spans more than e^±2.5) the purchase times are taken not to pin it down: held. */
const MAX_TAU_LOG_SE = 1.5;

/**
 * Purchase coefficients by the method of simulated moments (McFadden 1989; Gouriéroux & Monfort
 * 1996, ch. 2) with common random numbers: the same `simulationReplicates` seeds simulate every
 * candidate, so the simulated moments move smoothly with the coefficients. It treats the purchase
 * model as a black box, so it keeps working when that model changes (docs/fit.md).
 *
 * Moments: log(orders / arrivals), log(clickers / arrivals) and log(mean seconds from arrival to
 * first purchase over the buyers), observed over all sessions and simulated from the plan with the
 * earlier stages' estimates. Unknowns: purchase.baseline, purchase.clickLift (with a clicked
 * column) and log purchase.considerationMinutes (timing "hazard", with a first_purchase_s column).
 * Solved by Newton's method with a forward-difference Jacobian J. Covariance J⁻¹ (V_obs + V_sim)
 * J⁻ᵀ, with V_obs the covariance of the observed log moments from per-viewer influence values
 * (delta method: (x − x̄)/x̄ for a rate, a/ā − b/b̄ for a ratio Σa/Σb) and V_sim the same scaled to
 * the simulated number of viewers. Conversion per arrival, not orders, is matched so that errors
 * in the fitted traffic largely cancel.
 */
export function fitPurchase(context: FitContext): EstimatorOutput {
  const { scenario, settings } = context;
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
  const enough = (moment: Moment | undefined) => moment !== undefined && moment.events >= settings.minEvents;
  if (!enough(observed.baseline)) return { estimates: [...ESTIMATED.map((name) => held(name, 'too few orders to estimate')), ...othersHeld] };
  const heldNotes: Partial<Record<Name, string>> = {};
  if (!enough(observed.clickLift)) heldNotes.clickLift = 'no clicked column or too few clicks';
  if (scenario.purchase.timing !== 'hazard') heldNotes.considerationMinutes = 'used with timing "hazard" only; kept at the plan\'s value';
  else if (!enough(observed.considerationMinutes)) heldNotes.considerationMinutes = 'no first_purchase_s column or too few buyers to time; kept at the plan\'s value';
  let names = ESTIMATED.filter((name) => heldNotes[name] === undefined);
  let solved = solve(context, observed, names);
  const tau = names.indexOf('considerationMinutes');
  if (tau >= 0 && solved.unidentified === undefined && !(solved.se[tau] <= MAX_TAU_LOG_SE)) solved.unidentified = solved.se[tau];
  if (solved.unidentified !== undefined) {
    heldNotes.considerationMinutes = `the simulated time to first purchase barely moves with it (se of its log ${solved.unidentified.toPrecision(2)}, above ${MAX_TAU_LOG_SE}); kept at the plan's value`;
    names = names.filter((name) => name !== 'considerationMinutes');
    solved = solve(context, observed, names);
  }
  const estimates: FitEstimate[] = names.map((name, j) => name === 'considerationMinutes'
    ? logScaleEstimate(`purchase.${name}`, solved.x[j], solved.se[j], purchase[name] as number, 'simulated-moments', 'matched to the mean time from arrival to first purchase')
    : waldEstimate(`purchase.${name}`, solved.x[j], solved.se[j], purchase[name] as number, 'simulated-moments', name === 'clickLift' ? 0 : -Infinity));
  for (const name of ESTIMATED) if (heldNotes[name] !== undefined) estimates.push(held(name, heldNotes[name]));
  return { estimates: [...estimates, ...othersHeld] };
}

/** The coefficient from the solver's variable (considerationMinutes is solved on the log scale). */
const toValue = (name: Name, x: number) => (name === 'considerationMinutes' ? exp(x) : x);

/**
 * Newton's method on simulated = observed for `names`; the solution (solver scale) and its standard
 * errors, or `unidentified` (the standard error of log considerationMinutes at the start) when the
 * purchase timing cannot pin that coefficient down.
 */
function solve(context: FitContext, observed: Partial<Record<Name, Moment>>, names: readonly Name[]): { x: number[]; se: number[]; unidentified?: number } {
  const { scenario, data, settings } = context;
  const purchase = scenario.purchase as unknown as Record<string, number>;
  const active = names.map((name) => observed[name]!);
  const tau = names.indexOf('considerationMinutes');
  const timed = tau >= 0;
  const run = simulator(scenario, settings.seed, settings.simulationReplicates, names, timed);
  const simulate = (x: number[]) => {
    const result = run(x.map((value, j) => toValue(names[j], value)));
    return { arrived: result.arrived, moments: names.map((name) => result.moments[ESTIMATED.indexOf(name)]) };
  };
  let x = names.map((name) => (name === 'considerationMinutes' ? log(Math.min(TAU_BOUNDS[1], Math.max(0.5, purchase[name]))) : purchase[name]));
  let jacobian: Float64Array | null = null;
  let simulatedViewers = 0;
  const P = names.length;
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    const centre = simulate(x);
    simulatedViewers = centre.arrived;
    const gap = active.map((moment, i) => centre.moments[i] - moment.logValue);
    jacobian = new Float64Array(P * P);
    for (let j = 0; j < P; j++) {
      const moved = simulate(x.map((value, k) => (k === j ? value + STEP : value)));
      for (let i = 0; i < P; i++) jacobian[i * P + j] = (moved.moments[i] - centre.moments[i]) / STEP;
    }
    const inverse = invert(jacobian, P);
    if (iteration === 0 && tau >= 0) {
      // Checked at the plan's value, before any step: is the purchase timing informative at all?
      const logSe = inverse === null ? Infinity : standardErrors(inverse, momentCovariance(active, data.count, simulatedViewers), P)[tau];
      if (!(logSe <= MAX_TAU_LOG_SE)) return { x, se: [], unidentified: logSe };
    }
    if (inverse === null) break;
    const step = names.map((name, j) => {
      const full = -active.reduce((sum, _m, i) => sum + inverse[j * P + i] * gap[i], 0);
      return Math.max(-2, Math.min(2, full));
    });
    x = x.map((value, j) => {
      const next = value + step[j];
      if (names[j] === 'clickLift') return Math.max(0, next);
      if (names[j] === 'considerationMinutes') return Math.min(log(TAU_BOUNDS[1]), Math.max(log(TAU_BOUNDS[0]), next));
      return next;
    });
    if (step.every((s) => Math.abs(s) < 0.005)) break;
  }
  const inverse = jacobian === null ? null : invert(jacobian, P);
  return { x, se: inverse === null ? names.map(() => Infinity) : standardErrors(inverse, momentCovariance(active, data.count, simulatedViewers), P) };
}

/** Square roots of the diagonal of J⁻¹ V J⁻ᵀ. */
function standardErrors(inverse: Float64Array, covariance: number[][], P: number): number[] {
  return Array.from({ length: P }, (_, j) => {
    let variance = 0;
    for (let a = 0; a < P; a++) for (let b = 0; b < P; b++) variance += inverse[j * P + a] * covariance[a][b] * inverse[j * P + b];
    return Math.sqrt(variance);
  });
}

interface Moment {
  /** The observed log moment. */
  logValue: number;
  /** Events behind it (orders, clickers, timed buyers). */
  events: number;
  /** Per-viewer influence ψ_v: log moment ≈ truth + mean(ψ). */
  influence: Float64Array;
}

function observedMoments(context: FitContext): Partial<Record<Name, Moment>> {
  const { data } = context;
  const n = data.count;
  const rate = (values: ArrayLike<number> | null): Moment | undefined => {
    if (values === null) return undefined;
    let events = 0;
    for (let v = 0; v < n; v++) events += values[v];
    const mean = events / n;
    return { logValue: log(mean), events, influence: Float64Array.from({ length: n }, (_, v) => (values[v] - mean) / mean) };
  };
  const moments: Partial<Record<Name, Moment>> = { baseline: rate(data.orders) };
  if (data.orders !== null) moments.clickLift = rate(data.clicked);
  if (data.firstPurchase !== null) {
    let buyers = 0;
    let seconds = 0;
    for (let v = 0; v < n; v++) {
      if (Number.isNaN(data.firstPurchase[v])) continue;
      buyers++;
      seconds += data.firstPurchase[v] - data.arrival[v];
    }
    // log(Σa / Σb), a = seconds to first purchase (0 for non-buyers), b = bought: ψ = a/ā − b/b̄.
    const meanA = seconds / n;
    const meanB = buyers / n;
    moments.considerationMinutes = {
      logValue: log(seconds / buyers),
      events: buyers,
      influence: Float64Array.from({ length: n }, (_, v) => (Number.isNaN(data.firstPurchase![v]) ? 0 : (data.firstPurchase![v] - data.arrival[v]) / meanA - 1 / meanB)),
    };
  }
  return moments;
}

/** Covariance of the log moments from their influence values, observed plus simulated (scaled by viewer counts). */
function momentCovariance(moments: Moment[], n: number, simulated: number): number[][] {
  const factor = 1 + n / Math.max(simulated, 1);
  return moments.map((a) => moments.map((b) => {
    let sum = 0;
    for (let v = 0; v < n; v++) sum += a.influence[v] * b.influence[v];
    return (factor * sum) / (n - 1) / n;
  }));
}

/**
 * Simulated moments log(orders / arrivals), log(clickers / arrivals) and (with `timed`) log(mean
 * seconds from arrival to first purchase over the buyers) of `base` with the purchase coefficients
 * `names` set to θ, over `replicates` sessions of `seed` (common random numbers), session effects
 * at their means.
 */
export function simulator(base: Scenario, seed: number, replicates: number, names: readonly string[], timed = false) {
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
    let buyers = 0;
    let seconds = 0;
    const exportViewer = (line: string) => {
      const delay = secondsToFirstPurchase(line);
      if (Number.isNaN(delay)) return;
      buyers++;
      seconds += delay;
    };
    for (let replicate = 0; replicate < replicates; replicate++) {
      const result = runSession(scenario, timed ? { seed, replicate, exportViewer } : { seed, replicate });
      arrived += result.funnel.arrived;
      orders += result.orders;
      clicked += result.funnel.clicked;
    }
    return { arrived, moments: [log(Math.max(orders, 0.5) / arrived), log(Math.max(clicked, 0.5) / arrived), buyers > 0 ? log(seconds / buyers) : NaN] };
  };
}
