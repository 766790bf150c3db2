import type { FitEstimate } from '../sim/scenario/fitRecord.js';
import type { Recommendation } from '../sim/scenario/index.js';
import { SOURCES } from '../sim/model/ProfileSampler.js';
import type { Exposure } from './Exposure.js';
import type { EstimatorOutput, FitContext } from './FitContext.js';
import { goldenSection } from './goldenSection.js';
import { heldEstimate, waldEstimate, Z90 } from './makeEstimate.js';
import { LEFT_PURCHASE, type ViewerData } from './ViewerData.js';
import { log, pow } from '../math/index.js';

const ORGANIC = SOURCES.indexOf('organic');
const KINDS = ['chat', 'like', 'vote', 'question'] as const;
/** Upper end of the elasticity's search (the schema's maximum). */
const MAX_ELASTICITY = 5;
/** χ²₁ 0.90 quantile (scipy.stats.chi2.ppf(0.9, 1)). */
const CHI2_1_90 = 2.705543454095404;

/** Per session and minute: organic arrivals, the reconstructed interactions and orders, viewer-seconds. */
export interface RoomMinutes {
  sessions: number;
  minutes: number;
  /** Length of each minute in seconds (the last may be partial). */
  width: Float64Array;
  /** At [session · minutes + minute]. */
  organic: Float64Array;
  interactions: Float64Array;
  orders: Float64Array;
  viewerSeconds: Float64Array;
}

/**
 * The platform's recommendation response (docs/model.md § Traffic, "the traffic pool"): organic
 * arrivals in minute m of session s are Poisson with mean λ_b(m) · w_m · r_sm(ε), where λ_b is the
 * organic curve's step on bin b (`binMinutes`), w_m the minute's length and
 *
 *   r_sm(ε) = clamp((E_sm / E_ref)^ε, floor, cap),   E_sm = Σ (interactions + purchaseWeight · orders) / Σ viewer-minutes
 *
 * over the plan's lagged window, as the simulator computes it (RecommendationPool). A Poisson
 * regression with a log link and a known offset (McCullagh & Nelder 1989, §6.2), maximised by
 * profiling: given ε the MLE of each step is λ̂_b = N_b / Σ_{m∈b} w_m·r_sm, which leaves
 *
 *   ℓ_p(ε) = Σ_sm n_sm log r_sm(ε) − Σ_b N_b log Σ_{m∈b} w_m·r_sm(ε)  (+ constants),
 *
 * maximised on [0, 5] by golden section, se from its curvature (profile likelihood; Pawitan 2001,
 * §3.4). The steps are then written back as the organic curve (they replace the arrivals stage's
 * steps, which had the response folded in) with se √N_b / Σ w·r given ε.
 *
 * The room's engagement per minute is rebuilt from the per-viewer export: a viewer's acts of each
 * kind are spread over their stay in proportion to the plan's multiplier of that kind (the act
 * process's expected timing), orders are put at the first purchase time (at the departure of a
 * buyer who left by buying, mid-stay otherwise, when `first_purchase_s` is absent), viewer-seconds
 * are exact. ε is identified only by how r moves within a bin, so it is weak with one or a few
 * sessions; the interval says how weak. E_ref, purchaseWeight, lag, window, floor and cap are held:
 * E_ref and the level of the curve cannot be separated (λ·(E/E_ref)^ε = λ·E_ref^(−ε)·E^ε), and the
 * rest would need sessions whose engagement differs by design.
 */
export function fitRecommendation(context: FitContext): EstimatorOutput {
  const { scenario, data } = context;
  const settings = scenario.traffic.recommendation;
  const heldRest = (note: string) => (['referencePerViewerMinute', 'purchaseWeight', 'lagMinutes', 'windowMinutes', 'floor', 'cap'] as const)
    .map((name) => heldEstimate(`traffic.recommendation.${name}`, settings[name], note));
  const path = 'traffic.recommendation.elasticity';
  if (!settings.enabled) return { estimates: [heldEstimate(path, settings.elasticity, 'the plan switches the recommendation response off (traffic.recommendation.enabled false)')] };
  const rest = heldRest('held: the organic level absorbs E_ref, and lag, window, floor, cap and the order weight need sessions whose engagement differs by design');
  if (data.acts === null) return { estimates: [heldEstimate(path, settings.elasticity, 'no act columns: the room\'s engagement cannot be rebuilt'), ...rest] };
  const room = roomMinutes(data, context.exposure, scenario.session.durationMinutes * 60);
  const organicViewers = room.organic.reduce((a, b) => a + b, 0);
  const hasSource = data.columns === undefined || data.columns.includes('source');
  const why = !hasSource ? 'no source column: organic arrivals cannot be told from followers and promotion'
    : organicViewers < context.settings.minEvents ? `only ${organicViewers} organic arrivals`
      : null;
  const fitted = fitElasticity(room, settings, context.settings.binMinutes, why === null ? null : settings.elasticity);
  const { elasticity, interval, steps } = fitted;
  let estimate: FitEstimate;
  if (why !== null) estimate = heldEstimate(path, elasticity, why);
  else if (elasticity > MAX_ELASTICITY - 1e-6) {
    // The likelihood still rises at the search bound: the data do not pin ε down; keep the plan's value and its organic steps.
    const steps = fitElasticity(room, settings, context.settings.binMinutes, settings.elasticity).steps;
    return finish(heldEstimate(path, settings.elasticity, `not identified: the likelihood keeps rising to the search bound ${MAX_ELASTICITY} (90% interval ${interval[0].toFixed(2)}–${MAX_ELASTICITY}); kept at the plan's value`), steps);
  } else {
    const [low, high] = interval;
    const se = (high - low) / (2 * Z90);
    const weak = high - low > elasticity ? `weakly identified (90% interval ${low.toFixed(2)}–${high.toFixed(2)}): ${room.sessions} session(s) move the room's engagement too little within a ${context.settings.binMinutes}-minute step` : undefined;
    estimate = { ...waldEstimate(path, elasticity, se, settings.elasticity, 'poisson-profile-mle', 0, weak), interval: [low, high] };
  }
  return finish(estimate, steps);

  function finish(estimate: FitEstimate, steps: { rate: Float64Array; se: Float64Array }): EstimatorOutput {
    const bins = steps.rate.length;
    const width = context.settings.binMinutes;
    const T = scenario.session.durationMinutes;
    const points: [number, number][] = [];
    const curve: FitEstimate[] = [];
    for (let b = 0; b < bins; b++) {
      points.push([b * width, steps.rate[b]]);
      const length = Math.min(width, T - b * width);
      curve.push(waldEstimate(`traffic.arrivals.points[${b}][1]`, steps.rate[b], steps.se[b], undefined, 'poisson-profile-mle', 0, `organic arrivals per minute before the recommendation response, minutes ${b * width}–${b * width + length}`));
    }
    if (!hasSource) return { estimates: [estimate, ...rest] };
    return { estimates: [estimate, ...rest, ...curve], replace: { 'traffic.arrivals': { kind: 'curve', interpolation: 'step', points } } };
  }
}

/**
 * The elasticity's MLE on [0, 5] (golden section on ℓ_p) with its profile-likelihood 90% interval,
 * and the organic steps profiled at it; with `held` the steps at that elasticity instead.
 */
export function fitElasticity(room: RoomMinutes, settings: Recommendation, binMinutes: number, held: number | null) {
  const bins = Math.ceil(room.minutes / binMinutes - 1e-9);
  const binOf = (m: number) => Math.min(bins - 1, Math.floor(m / binMinutes));
  const ratios = engagementRatios(room, settings);
  const profile = (elasticity: number) => profileLikelihood(room, ratios, settings, elasticity, bins, binOf);
  const elasticity = held ?? goldenSection((e) => -profile(e).logLikelihood, 0, MAX_ELASTICITY);
  const interval = held === null ? likelihoodRatioInterval((e) => profile(e).logLikelihood, elasticity) : [held, held];
  return { elasticity, interval, steps: profile(elasticity) };
}

/**
 * The profile-likelihood 90% interval {ε ∈ [0, 5] : 2(ℓ_p(ε̂) − ℓ_p(ε)) ≤ χ²₁(0.90) = 2.7055}
 * (Pawitan 2001, §2.6), each end by bisection; an end that reaches the range's bound stays there.
 * Unlike a Wald interval it stays honest at the bound 0 and when ℓ_p is flat.
 */
export function likelihoodRatioInterval(logLikelihood: (e: number) => number, best: number): [number, number] {
  const top = logLikelihood(best);
  const inside = (e: number) => 2 * (top - logLikelihood(e)) <= CHI2_1_90;
  const end = (bound: number) => {
    if (inside(bound)) return bound;
    let a = best;
    let b = bound;
    for (let i = 0; i < 50; i++) {
      const mid = (a + b) / 2;
      if (inside(mid)) a = mid;
      else b = mid;
    }
    return (a + b) / 2;
  };
  return [end(0), end(MAX_ELASTICITY)];
}

/** E_sm / E_ref per session and minute (NaN where the multiplier is 1: no full window, or no viewers in it). */
export function engagementRatios(room: RoomMinutes, settings: Recommendation): Float64Array {
  const out = new Float64Array(room.sessions * room.minutes).fill(NaN);
  for (let s = 0; s < room.sessions; s++) {
    for (let m = 0; m < room.minutes; m++) {
      const last = m - settings.lagMinutes;
      const first = last - settings.windowMinutes + 1;
      if (first < 0) continue;
      let score = 0;
      let seconds = 0;
      for (let k = first; k <= last; k++) {
        score += room.interactions[s * room.minutes + k] + settings.purchaseWeight * room.orders[s * room.minutes + k];
        seconds += room.viewerSeconds[s * room.minutes + k];
      }
      if (seconds > 0) out[s * room.minutes + m] = score / (seconds / 60) / settings.referencePerViewerMinute;
    }
  }
  return out;
}

/** ℓ_p(ε) of {@link fitRecommendation} and the profiled steps λ̂_b (per minute) with their se given ε. */
export function profileLikelihood(room: RoomMinutes, ratios: Float64Array, settings: Recommendation, elasticity: number, bins: number, binOf: (m: number) => number) {
  const exposure = new Float64Array(bins);
  const counts = new Float64Array(bins);
  let logLikelihood = 0;
  for (let s = 0; s < room.sessions; s++) {
    for (let m = 0; m < room.minutes; m++) {
      const i = s * room.minutes + m;
      const ratio = ratios[i];
      const r = Number.isNaN(ratio) ? 1 : Math.min(settings.cap, Math.max(settings.floor, ratio > 0 ? pow(ratio, elasticity) : 0));
      const b = binOf(m);
      exposure[b] += (room.width[m] / 60) * r;
      counts[b] += room.organic[i];
      if (room.organic[i] > 0) logLikelihood += room.organic[i] * log(r);
    }
  }
  const rate = new Float64Array(bins);
  const se = new Float64Array(bins);
  for (let b = 0; b < bins; b++) {
    rate[b] = exposure[b] > 0 ? counts[b] / exposure[b] : 0;
    se[b] = exposure[b] > 0 ? Math.sqrt(Math.max(counts[b], 1)) / exposure[b] : Infinity;
    if (counts[b] > 0) logLikelihood -= counts[b] * log(exposure[b]);
  }
  return { logLikelihood, rate, se };
}

/**
 * The room minute by minute, rebuilt from per-viewer rows (see {@link fitRecommendation}): organic
 * arrivals by arrival minute, viewer-seconds exactly, each viewer's acts of each kind spread over
 * their stay ∝ seconds × the plan's multiplier of that kind, orders at the first purchase.
 */
export function roomMinutes(data: ViewerData, exposure: Exposure, durationSeconds: number): RoomMinutes {
  const minutes = Math.ceil(durationSeconds / 60 - 1e-9);
  const S = data.sessions.length;
  const width = Float64Array.from({ length: minutes }, (_, m) => Math.min(60, durationSeconds - 60 * m));
  const room: RoomMinutes = {
    sessions: S, minutes, width,
    organic: new Float64Array(S * minutes), interactions: new Float64Array(S * minutes),
    orders: new Float64Array(S * minutes), viewerSeconds: new Float64Array(S * minutes),
  };
  // Cut the session at every minute boundary and piece start: interval j lies in one minute and one piece.
  const cuts = [...new Set([...Array.from({ length: minutes }, (_, m) => 60 * m), ...exposure.starts])].sort((a, b) => a - b);
  const starts = Float64Array.from(cuts);
  const ends = Float64Array.from(cuts, (_, j) => (j + 1 < cuts.length ? cuts[j + 1] : durationSeconds));
  const minuteOf = Int32Array.from(cuts, (t) => Math.min(minutes - 1, Math.floor(t / 60 + 1e-9)));
  const pieceOf = Int32Array.from(cuts, (t) => {
    let p = 0;
    while (p + 1 < exposure.pieces && exposure.starts[p + 1] <= t) p++;
    return p;
  });
  const weight = KINDS.map((kind) => Float64Array.from(pieceOf, (p) => exposure.effects[p].interaction[kind]));
  const J = cuts.length;
  const overlap = new Float64Array(J);
  for (let v = 0; v < data.count; v++) {
    const base = data.session[v] * minutes;
    const a = data.arrival[v];
    const d = data.departure[v];
    if (data.source[v] === ORGANIC) room.organic[base + Math.min(minutes - 1, Math.floor(a / 60))]++;
    let first = -1;
    let last = -1;
    for (let j = 0; j < J; j++) {
      const o = Math.min(d, ends[j]) - Math.max(a, starts[j]);
      overlap[j] = o > 0 ? o : 0;
      if (o > 0) {
        if (first < 0) first = j;
        last = j;
        room.viewerSeconds[base + minuteOf[j]] += o;
      }
    }
    if (data.acts !== null && first >= 0) {
      for (let k = 0; k < KINDS.length; k++) {
        const count = data.acts[v * 4 + k];
        if (count === 0) continue;
        let total = 0;
        for (let j = first; j <= last; j++) total += overlap[j] * weight[k][j];
        if (!(total > 0)) continue;
        for (let j = first; j <= last; j++) room.interactions[base + minuteOf[j]] += (count * overlap[j] * weight[k][j]) / total;
      }
    }
    const orders = data.orders?.[v] ?? 0;
    if (orders > 0) {
      const bought = data.firstPurchase !== null && !Number.isNaN(data.firstPurchase[v]) ? data.firstPurchase[v] : data.leftBy[v] === LEFT_PURCHASE ? d : (a + d) / 2;
      room.orders[base + Math.min(minutes - 1, Math.floor(bought / 60))] += orders;
    }
  }
  return room;
}
