import { runSession } from '../sim/model/runSession.js';
import { SOURCES } from '../sim/model/ProfileSampler.js';
import { parseScenario, type Scenario } from '../sim/scenario/index.js';
import type { FitEstimate } from '../sim/scenario/fitRecord.js';
import type { EstimatorOutput, FitContext } from './FitContext.js';
import { heldEstimate, waldEstimate } from './makeEstimate.js';
import { invert } from './minimise.js';
import { log } from '../math/index.js';

const STEP = 0.1;
const MAX_ITERATIONS = 8;

/**
 * Per-source trust shifts (`traffic.sources.<source>.trustShift`, entering the purchase log-odds
 * as purchase.trust · shift) by the method of simulated moments with common random numbers, like
 * the purchase baseline (fitPurchase; McFadden 1989). Unknowns: the shifts of the sources with
 * enough buyers and, jointly, purchase.baseline (a source's conversion relative to another still
 * depends on the baseline: a longer stay gains more from a higher hazard, and willingness to pay
 * caps who can buy). Moments: the log overall conversion (buyers per arrival) and each source's log
 * conversion relative to the reference's, d_k = log c_k − log c_ref, observed against simulated
 * from the plan with the earlier stages' estimates (segment mix, patience, bounce, traffic)
 * written in; Newton's chord method with a forward-difference Jacobian J taken once. Only the shifts are written;
 * the purchase stage after this one refits the baseline (with the click lift) given them.
 *
 * Why simulation rather than a conditional logit of buying on source: how a source converts
 * depends on when its viewers arrive relative to the offer (followers come in the first minutes),
 * how long they stay (the patience multiplier) and its segment mix, all of which the simulation of
 * the fitted plan holds as estimated, while a logit on source alone would count them as trust.
 * Covariance J⁻¹VJ⁻ᵀ, V the moments' delta-method covariance from per-viewer influence functions,
 * scaled for the simulation's own noise ({@link momentCovariance}).
 * The reference (the source with most buyers, organic normally) is held at the plan's value: a
 * shift common to every source is the baseline. Held with the reason: no source or orders column,
 * purchase.trust 0, or fewer than `minEvents` buyers in a source.
 */
export function fitSourceTrust(context: FitContext): EstimatorOutput {
  const { scenario, data, settings } = context;
  const has = (column: string) => data.columns === undefined || data.columns.includes(column);
  const arrivals = new Float64Array(SOURCES.length);
  const buyers = new Float64Array(SOURCES.length);
  for (let v = 0; v < data.count; v++) {
    arrivals[data.source[v]]++;
    if ((data.orders?.[v] ?? 0) > 0) buyers[data.source[v]]++;
  }
  const prior = SOURCES.map((source) => scenario.traffic.sources[source].trustShift);
  const pathOf = (k: number) => `traffic.sources.${SOURCES[k]}.trustShift`;
  const heldAll = (note: string) => ({ estimates: SOURCES.map((_, k) => heldEstimate(pathOf(k), prior[k], note)) });
  if (!has('source')) return heldAll('no source column');
  if (data.orders === null) return heldAll('no orders column');
  if (scenario.purchase.trust === 0) return heldAll('purchase.trust is 0: trust does not enter the purchase odds');
  const reference = buyers.indexOf(Math.max(...buyers));
  const estimates: FitEstimate[] = [];
  const free: number[] = [];
  SOURCES.forEach((_, k) => {
    if (k === reference) estimates.push(heldEstimate(pathOf(k), prior[k], 'reference source (most buyers): a shift common to every source is the purchase baseline'));
    else if (buyers[k] < settings.minEvents) estimates.push(heldEstimate(pathOf(k), prior[k], `only ${buyers[k]} buyers from this source`));
    else free.push(k);
  });
  if (buyers[reference] < settings.minEvents) return heldAll(`too few buyers (${buyers[reference]} in the busiest source)`);
  if (free.length === 0) return { estimates: SOURCES.map((_, k) => estimates.find((e) => e.path === pathOf(k))!) };
  // Unknowns φ = (baseline, shifts of the free sources); moments: log overall conversion, then each free source's log conversion relative to the reference.
  const p = free.length + 1;
  const logConversion = (run: Counts, k: number) => log(Math.max(run.buyers[k], 0.5) / run.arrivals[k]);
  const total = (values: Float64Array) => values.reduce((a, b) => a + b, 0);
  const moments = (run: Counts) => [log(Math.max(total(run.buyers), 0.5) / total(run.arrivals)), ...free.map((k) => logConversion(run, k) - logConversion(run, reference))];
  const observed = moments({ arrivals, buyers });
  const simulate = sourceSimulator(scenario, settings.seed, settings.simulationReplicates, free);
  let phi = [scenario.purchase.baseline, ...free.map((k) => prior[k])];
  const upper = (j: number) => (j === 0 ? Infinity : 1);
  let jacobian: Float64Array | null = null;
  let iterationsWithoutJacobian = 0;
  let simulated: Counts = { arrivals, buyers };
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    simulated = simulate(phi);
    const centre = moments(simulated);
    // The chord method: J from the first iteration only (the moments are nearly linear in φ over a
    // Newton step), so each later iteration costs one simulated set instead of p + 1.
    if (jacobian === null) jacobian = new Float64Array(p * p);
    else iterationsWithoutJacobian++;
    for (let j = 0; j < p && iterationsWithoutJacobian === 0; j++) {
      // Forward, or backward at a shift's upper bound.
      const h = phi[j] + STEP <= upper(j) ? STEP : -STEP;
      const moved = moments(simulate(phi.map((value, k) => (k === j ? value + h : value))));
      for (let i = 0; i < p; i++) jacobian[i * p + j] = (moved[i] - centre[i]) / h;
    }
    const inverse = invert(jacobian, p);
    if (inverse === null) break;
    const step = phi.map((_, j) => -observed.reduce((sum, o, i) => sum + inverse[j * p + i] * (centre[i] - o), 0));
    const clamped = step.map((s) => Math.max(-0.5, Math.min(0.5, s)));
    phi = phi.map((value, j) => (j === 0 ? value + clamped[j] : Math.max(-1, Math.min(1, value + clamped[j]))));
    if (clamped.every((s) => Math.abs(s) < 0.01)) break;
  }
  const inverse = jacobian === null ? null : invert(jacobian, p);
  const covariance = momentCovariance(context, free, reference, total(simulated.arrivals));
  free.forEach((k, f) => {
    const j = f + 1;
    let v = 0;
    if (inverse !== null) for (let a = 0; a < p; a++) for (let b = 0; b < p; b++) v += inverse[j * p + a] * covariance[a * p + b] * inverse[j * p + b];
    const se = inverse === null || !Number.isFinite(v) ? Infinity : Math.sqrt(v);
    // At low conversion ∂d_k/∂shift_k ≈ purchase.trust; far less means buying is saturated (or capped by willingness to pay) for this source.
    const slope = jacobian === null ? 0 : Math.abs(jacobian[j * p + j]);
    const note = Math.abs(phi[j]) >= 1 ? 'at the schema\'s bound (±1): the source converts beyond what a trust shift can express'
      : slope < 0.3 * Math.abs(scenario.purchase.trust) ? `weakly identified: a unit of shift moves this source's log conversion by ${slope.toFixed(2)} only (buying near saturation or capped by willingness to pay)` : undefined;
    if (!Number.isFinite(se)) estimates.push(heldEstimate(pathOf(k), prior[k], 'not identified: the simulated conversions by source did not move with the shifts (singular Jacobian)'));
    else estimates.push(waldEstimate(pathOf(k), phi[j], se, prior[k], 'simulated-moments', -Infinity, note));
  });
  return { estimates: SOURCES.map((_, k) => estimates.find((e) => e.path === pathOf(k))!) };
}

interface Counts {
  arrivals: Float64Array;
  buyers: Float64Array;
}

/**
 * Covariance of the observed moments from per-viewer influence functions (delta method): viewer v
 * of source k who bought (b_v = 1) or not contributes (b_v − c)/(n·c) to the overall log conversion and
 * (b_v − c_k)/(n_k·c_k) (minus the same for the reference) to the relative ones; V = Σ ψ_v ψ_vᵀ,
 * scaled by (1 + n/n_sim) for the simulation's own noise.
 */
function momentCovariance(context: FitContext, free: number[], reference: number, simulatedViewers: number): Float64Array {
  const { data } = context;
  const p = free.length + 1;
  const n = new Float64Array(SOURCES.length);
  const bought = new Float64Array(SOURCES.length);
  for (let v = 0; v < data.count; v++) {
    n[data.source[v]]++;
    if ((data.orders?.[v] ?? 0) > 0) bought[data.source[v]]++;
  }
  const c = bought.map((b, k) => b / Math.max(n[k], 1));
  const overall = bought.reduce((a, b) => a + b, 0) / data.count;
  const column = new Int32Array(SOURCES.length).fill(-1);
  free.forEach((k, f) => (column[k] = f + 1));
  const out = new Float64Array(p * p);
  const psi = new Float64Array(p);
  for (let v = 0; v < data.count; v++) {
    const k = data.source[v];
    const b = (data.orders?.[v] ?? 0) > 0 ? 1 : 0;
    psi.fill(0);
    psi[0] = (b - overall) / (data.count * overall);
    const own = (b - c[k]) / (n[k] * c[k]);
    if (column[k] > 0) psi[column[k]] = own;
    if (k === reference) for (let f = 1; f < p; f++) psi[f] = -own;
    for (let a = 0; a < p; a++) for (let e = 0; e < p; e++) out[a * p + e] += psi[a] * psi[e];
  }
  const factor = 1 + data.count / Math.max(simulatedViewers, 1);
  return out.map((value) => value * factor);
}

/**
 * Arrivals and buyers by source of `replicates` sessions of `base` (seed fixed: common random
 * numbers) with purchase.baseline φ₀ and the trust shifts of `sources` φ₁…, session effects at their means.
 */
function sourceSimulator(base: Scenario, seed: number, replicates: number, sources: number[]) {
  return (phi: number[]): Counts => {
    const json = structuredClone(base) as unknown as { purchase: { baseline: number }; traffic: { sources: Record<string, { trustShift: number }> }; session: { variation: { enabled: boolean } } };
    json.session.variation.enabled = false;
    json.purchase.baseline = phi[0];
    sources.forEach((k, j) => (json.traffic.sources[SOURCES[k]].trustShift = phi[j + 1]));
    const scenario = parseScenario(json);
    const arrivals = new Float64Array(SOURCES.length);
    const buyers = new Float64Array(SOURCES.length);
    for (let replicate = 0; replicate < replicates; replicate++) {
      const result = runSession(scenario, { seed, replicate });
      SOURCES.forEach((source, k) => {
        arrivals[k] += result.arrivalsBySource[source];
        buyers[k] += result.buyersBySource[source];
      });
    }
    return { arrivals, buyers };
  };
}
