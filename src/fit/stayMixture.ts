import type { FitEstimate } from '../sim/scenario/fitRecord.js';
import { SOURCES } from '../sim/model/ProfileSampler.js';
import type { FitContext } from './FitContext.js';
import { heldEstimate, logScaleEstimate, Z90 } from './makeEstimate.js';
import { LEFT_PATIENCE } from './ViewerData.js';
import type { WatchTimeFamily } from './watchTimeDistribution.js';
import { exp, log, log1p } from '../math/index.js';

/** Name of the bounce share's parameter (logit scale) when it is appended to a segment's watch-time family. */
export const BOUNCE_PARAMETER = 'bounce.share';

/**
 * A segment's patience with the fast-bounce mass of docs/model.md § Audience (the simulator's
 * `withBounce`): with probability π an Exponential(mean b) draw, else the segment's watch time, so
 *
 *   f(u) = π · e^(−u/b)/b + (1 − π) · f_s(u),   S(u) = π · e^(−u/b) + (1 − π) · S_s(u),
 *
 * a two-component mixture (McLachlan & Peel 2000, §1.2) evaluated on the log scale (log-sum-exp).
 * When `free`, π is a parameter on the logit scale appended to the family's vector (name
 * {@link BOUNCE_PARAMETER}); otherwise it stays at `share` (0 gives the family unchanged).
 */
export function withBounceMass(family: WatchTimeFamily, share: number, meanSeconds: number, free: boolean): WatchTimeFamily {
  if (!free && !(share > 0)) return family;
  const k = family.names.length;
  const logShares = (x: Float64Array, o: number): [number, number] => {
    if (!free) return [log(share), log1p(-share)];
    const t = x[o + k];
    // log σ(t) and log(1 − σ(t)) without overflow.
    return [-softplus(-t), -softplus(t)];
  };
  const mix = (a: number, b: number) => (a > b ? a + log1p(exp(b - a)) : b + log1p(exp(a - b)));
  return {
    names: free ? [...family.names, BOUNCE_PARAMETER] : family.names,
    start: free ? [...family.start, log(share) - log1p(-share)] : family.start,
    logDensity: (u, x, o) => {
      const [bounce, stay] = logShares(x, o);
      return mix(bounce - log(meanSeconds) - u / meanSeconds, stay + family.logDensity(u, x, o));
    },
    logSurvival: (u, x, o) => {
      const [bounce, stay] = logShares(x, o);
      return mix(bounce - u / meanSeconds, stay + family.logSurvival(u, x, o));
    },
  };
}

function softplus(t: number): number {
  return t > 0 ? t + log1p(exp(-t)) : log1p(exp(t));
}

/**
 * The bounce share's estimate from its logit t̂ with standard error s: π̂ = σ(t̂), se by the delta
 * method π̂(1 − π̂)s, 90% interval σ(t̂ ± 1.645 s) (inside [0, 1] by construction).
 */
export function bounceEstimate(path: string, logit: number, logitSe: number, prior: number, note?: string): FitEstimate {
  const sigmoid = (t: number) => 1 / (1 + exp(-t));
  const value = sigmoid(logit);
  return {
    path, value, prior, se: value * (1 - value) * logitSe,
    interval: [sigmoid(logit - Z90 * logitSe), sigmoid(logit + Z90 * logitSe)],
    method: 'censored-mixture-mle', held: false, ...(note === undefined ? {} : { note }),
  };
}

/** Which segments' bounce shares are estimated, and why the others are held. */
export function bounceSettings(context: FitContext, departures: Float64Array): { free: boolean[]; held: FitEstimate[] } {
  const held: FitEstimate[] = [];
  const free = context.scenario.audience.segments.map((segment, s) => {
    const path = `audience.segments[${s}].bounce.share`;
    const share = segment.bounce.share;
    if (!(share > 0)) held.push(heldEstimate(path, share, 'the plan has no bounce mass (share 0): set a share above 0 to have it estimated'));
    else if (share >= 1) held.push(heldEstimate(path, share, 'the plan makes every viewer bounce (share 1)'));
    else if (departures[s] < context.settings.minEvents) held.push(heldEstimate(path, share, `only ${departures[s]} departures in this segment`));
    else return true;
    return false;
  });
  context.scenario.audience.segments.forEach((segment, s) => held.push(heldEstimate(`audience.segments[${s}].bounce.meanSeconds`, segment.bounce.meanSeconds, 'the swipe-away time scale: held (a bounce of a few seconds is a definition, and with a small share its mean is barely identified)')));
  return { free, held };
}

/**
 * Per-source patience multipliers (docs/model.md § Traffic, "Each source its own people"): a
 * viewer of source k has patience m_k · W, so with λ_k = log m_k the censored likelihood term is
 * log f(u/m_k) − λ_k for a departure and log S(u/m_k) for a censored stay (a scale family in the
 * source: an accelerated-failure-time model, Kalbfleisch & Prentice 2002, §2.3.3). The source with
 * the most departures (organic, normally) is the reference, held at the plan's value: the segment
 * watch times and a common multiplier cannot be separated. Without a source column, or with fewer
 * than `minEvents` departures from a source, the multiplier is held.
 */
export interface SourcePatience {
  /** Per source: index into the free parameters, or −1 when held. */
  freeIndex: Int32Array;
  /** Per source: the plan's log multiplier (used when held, and as the start). */
  logPrior: Float64Array;
  free: number[];
  held: FitEstimate[];
}

export function sourcePatience(context: FitContext): SourcePatience {
  const { scenario, data } = context;
  const departures = new Float64Array(SOURCES.length);
  for (let v = 0; v < data.count; v++) if (data.leftBy[v] === LEFT_PATIENCE) departures[data.source[v]]++;
  const prior = SOURCES.map((source) => scenario.traffic.sources[source].patienceMultiplier);
  const hasSource = data.columns === undefined || data.columns.includes('source');
  const reference = departures.indexOf(Math.max(...departures));
  const freeIndex = new Int32Array(SOURCES.length).fill(-1);
  const free: number[] = [];
  const held: FitEstimate[] = [];
  SOURCES.forEach((source, k) => {
    const path = `traffic.sources.${source}.patienceMultiplier`;
    if (!hasSource) held.push(heldEstimate(path, prior[k], 'no source column'));
    else if (k === reference) held.push(heldEstimate(path, prior[k], 'reference source (most departures): a multiplier common to every source cannot be separated from the segments\' watch times'));
    else if (departures[k] < context.settings.minEvents) held.push(heldEstimate(path, prior[k], `only ${departures[k]} departures from this source`));
    else {
      freeIndex[k] = free.length;
      free.push(k);
    }
  });
  return { freeIndex, logPrior: Float64Array.from(prior, (m) => log(m)), free, held };
}

/** The estimate of source k's multiplier from its fitted log value. */
export function patienceEstimate(context: FitContext, k: number, logValue: number, logSe: number, note?: string): FitEstimate {
  const source = SOURCES[k];
  return logScaleEstimate(`traffic.sources.${source}.patienceMultiplier`, logValue, logSe, context.scenario.traffic.sources[source].patienceMultiplier, 'censored-mle', note);
}
