import type { FitEstimate } from '../sim/scenario/fitRecord.js';
import type { EstimatorOutput, FitContext } from './FitContext.js';
import { heldEstimate, logScaleEstimate } from './makeEstimate.js';
import { hessianFromGradient, invert, minimise } from './minimise.js';
import { LEFT_PATIENCE } from './ViewerData.js';
import { naturalValue, watchTimeFamily, type WatchTimeFamily } from './watchTimeDistribution.js';
import { BOUNCE_PARAMETER, bounceEstimate, bounceSettings, patienceEstimate, sourcePatience, withBounceMass, type SourcePatience } from './stayMixture.js';
import { exp, log } from '../math/index.js';

/**
 * Watch time as a censored survival model in the model's own operational time (docs/model.md
 * § Leaving): a viewer arriving at t₀ with patience W leaves when M(t) − M(t₀) = W, where M runs
 * at speed m(piece) = e^(β_g) · m₀(piece), m₀ the plan's speed and β_g the log hazard multiplier of
 * the plan segment g the piece belongs to (plain talk is the reference, β = 0). With
 * u = M(t_exit) − M(t₀), a viewer who left by patience contributes log f(u) + log m(exit piece),
 * one still present at the end (or who left by buying) log S(u): right-censored
 * (Kalbfleisch & Prentice 2002, §3.2; the time change is Çinlar 1975, §4.7).
 *
 * Unknowns: the watch-time family's parameters per audience segment (log scale) and β_g per plan
 * segment, jointly by maximum likelihood (BFGS); standard errors from the inverse observed
 * information. A plan segment with fewer than `minEvents` departures is held at its prior; when
 * plain talk has too few departures the busiest plan segment becomes the reference and is held
 * (the overall scale and that segment's multiplier cannot be separated).
 *
 * Jointly with these (src/fit/stayMixture.ts): each segment's fast-bounce share (a mixture of an
 * Exponential(bounce.meanSeconds) swipe-away and the watch time, logit scale) when the plan has a
 * bounce mass, and the per-source patience multipliers m_k (u becomes u/m_k, a departure adds
 * −log m_k), the source with most departures held as the reference.
 */
export function fitWatchTime(context: FitContext): EstimatorOutput {
  const { scenario, data, exposure } = context;
  const G = scenario.plan.length + 1;
  const groupOf = (piece: number) => exposure.segment[piece] + 1;
  const scaled = new Float64Array(data.count * G);
  const events = new Float64Array(G);
  const segmentDepartures = new Float64Array(scenario.audience.segments.length);
  for (let v = 0; v < data.count; v++) {
    for (let p = 0; p < exposure.pieces; p++) scaled[v * G + groupOf(p)] += exposure.leaveSpeed[p] * exposure.seconds[v * exposure.pieces + p];
    if (data.leftBy[v] === LEFT_PATIENCE) events[groupOf(exposure.exitPiece[v])]++;
    if (data.leftBy[v] === LEFT_PATIENCE) segmentDepartures[data.segment[v]]++;
  }
  const minEvents = context.settings.minEvents;
  const estimates: FitEstimate[] = [];
  const busiest = events.indexOf(Math.max(...events.subarray(1)), 1);
  const reference = events[0] >= minEvents ? 0 : busiest;
  const free: number[] = [];
  for (let g = 1; g < G; g++) {
    const path = `plan[${g - 1}].effects.leaveMultiplier`;
    const prior = exposure.effects[exposure.segment.indexOf(g - 1)]?.leaveMultiplier ?? 1;
    if (g === reference) estimates.push(heldEstimate(path, prior, 'reference: with too little plain talk the overall watch-time scale and this segment\'s multiplier cannot be separated'));
    else if (events[g] < minEvents || prior <= 0) estimates.push(heldEstimate(path, prior, `only ${events[g]} departures during this segment`));
    else free.push(g);
  }
  const bounce = bounceSettings(context, segmentDepartures);
  estimates.push(...bounce.held);
  const families = scenario.audience.segments.map((segment, s) => withBounceMass(watchTimeFamily(segment.watchTime), segment.bounce.share, segment.bounce.meanSeconds, bounce.free[s]));
  const sources = sourcePatience(context);
  estimates.push(...sources.held);
  const offsets: number[] = [];
  const start: number[] = [];
  for (const family of families) {
    offsets.push(start.length);
    start.push(...family.start);
  }
  const betaOffset = start.length;
  start.push(...free.map(() => 0));
  const sourceOffset = start.length;
  start.push(...sources.free.map((k) => sources.logPrior[k]));
  const likelihood = makeLikelihood(context, families, offsets, scaled, G, free, betaOffset, sources, sourceOffset);
  const value = (x: Float64Array) => likelihood(x, null);
  const gradientOf = (x: Float64Array) => {
    const g = new Float64Array(x.length);
    likelihood(x, g);
    return g;
  };
  const fitted = minimise(value, start, gradientOf);
  const covariance = invert(hessianFromGradient(gradientOf, fitted.x), start.length);
  const seOf = (i: number) => (covariance === null ? Infinity : Math.sqrt(Math.max(covariance[i * start.length + i], 0)));
  const note = fitted.converged ? undefined : 'the optimiser stopped before converging';
  scenario.audience.segments.forEach((segment, s) => {
    families[s].names.forEach((name, k) => {
      const i = offsets[s] + k;
      if (name === BOUNCE_PARAMETER) {
        estimates.push(bounceEstimate(`audience.segments[${s}].bounce.share`, fitted.x[i], seOf(i), segment.bounce.share, note));
        return;
      }
      const { logScale } = naturalValue(name, fitted.x[i]);
      const prior = (segment.watchTime as Record<string, unknown>)[name] as number;
      estimates.push(logScaleEstimate(`audience.segments[${s}].watchTime.${name}`, logScale, seOf(i), prior, 'censored-mle', note));
    });
  });
  free.forEach((g, j) => {
    const prior = exposure.effects[exposure.segment.indexOf(g - 1)].leaveMultiplier;
    const i = betaOffset + j;
    estimates.push(logScaleEstimate(`plan[${g - 1}].effects.leaveMultiplier`, log(prior) + fitted.x[i], seOf(i), prior, 'censored-mle', note));
  });
  sources.free.forEach((k, j) => estimates.push(patienceEstimate(context, k, fitted.x[sourceOffset + j], seOf(sourceOffset + j), note)));
  return { estimates };
}

/**
 * The negative log-likelihood, and into `gradient` (when given) its gradient: exact in β through
 * ∂u/∂β_g = e^(β_g)·(seconds in g at the plan's speed), with ∂ℓ/∂u and the family parameters'
 * derivatives by central differences viewer by viewer (each touches one viewer's term only, so a
 * gradient costs a few passes over the viewers instead of 2p).
 */
function makeLikelihood(context: FitContext, families: WatchTimeFamily[], offsets: number[], scaled: Float64Array, G: number, free: number[], betaOffset: number, sources: SourcePatience, sourceOffset: number) {
  const { data, exposure } = context;
  const speed = new Float64Array(G).fill(1);
  const freeIndex = new Int32Array(G).fill(-1);
  free.forEach((g, j) => (freeIndex[g] = j));
  return (x: Float64Array, gradient: Float64Array | null): number => {
    speed.fill(1);
    free.forEach((g, j) => (speed[g] = exp(x[betaOffset + j])));
    const logMultiplier = Float64Array.from(sources.logPrior, (prior, k) => (sources.freeIndex[k] >= 0 ? x[sourceOffset + sources.freeIndex[k]] : prior));
    const multiplier = logMultiplier.map((value) => exp(value));
    let total = 0;
    for (let v = 0; v < data.count; v++) {
      let u = 0;
      for (let g = 0; g < G; g++) u += speed[g] * scaled[v * G + g];
      if (u < 1e-3) u = 1e-3;
      const s = data.segment[v];
      const family = families[s];
      const o = offsets[s];
      const left = data.leftBy[v] === LEFT_PATIENCE;
      const term = left ? family.logDensity : family.logSurvival;
      // The source's patience multiplier m: the viewer's own patience used is u/m (1 for every source unless fitted or set).
      const source = data.source[v];
      const m = multiplier[source];
      const own = u / m;
      total += term(own, x, o);
      let exitGroup = -1;
      if (left) {
        const piece = exposure.exitPiece[v];
        exitGroup = exposure.segment[piece] + 1;
        total += log(speed[exitGroup] * exposure.leaveSpeed[piece]) - logMultiplier[source];
      }
      if (gradient === null) continue;
      const du = 1e-6 * own;
      const slope = (term(own + du, x, o) - term(own - du, x, o)) / (2 * du);
      for (let g = 0; g < G; g++) {
        const j = freeIndex[g];
        if (j >= 0) gradient[betaOffset + j] -= (slope / m) * speed[g] * scaled[v * G + g] + (g === exitGroup ? 1 : 0);
      }
      const sourceIndex = sources.freeIndex[source];
      if (sourceIndex >= 0) gradient[sourceOffset + sourceIndex] += slope * own + (left ? 1 : 0);
      for (let k = 0; k < family.names.length; k++) {
        const keep = x[o + k];
        const h = 1e-6 * Math.max(1, Math.abs(keep));
        x[o + k] = keep + h;
        const up = term(own, x, o);
        x[o + k] = keep - h;
        const down = term(own, x, o);
        x[o + k] = keep;
        gradient[o + k] -= (up - down) / (2 * h);
      }
    }
    return -total;
  };
}
