import type { Interval } from '../../stats/types.js';
import { inversePrediction, type SizeEstimate } from './inversePrediction.js';
import { probitFit, type ProbitFit } from './probitFit.js';
import { wilsonInterval } from '../aggregate/wilsonInterval.js';

/** Simulated power at one design size: `successes` significant replicates out of `trials`. */
export interface PowerCount {
  readonly successes: number;
  readonly trials: number;
}

/** One evaluated size, with its Monte-Carlo interval. */
export interface PowerCurvePoint {
  readonly size: number;
  readonly power: number;
  /** Wilson interval of the simulated power at the search's confidence. */
  readonly ci: Interval;
  readonly successes: number;
  readonly trials: number;
}

export interface SizeSearchOptions {
  /** Target power in (0, 1), e.g. 0.8. */
  readonly targetPower: number;
  /** First size to try (e.g. the analytic answer); rounded and clamped to [minSize, maxSize]. */
  readonly initialSize: number;
  readonly minSize: number;
  readonly maxSize: number;
  /** Most sizes to simulate in all (bracketing + refinement). */
  readonly maxEvaluations: number;
  /** Level of the Wilson and Fieller intervals, e.g. 0.95. */
  readonly confidence: number;
  /**
   * Simulated power at a size; called once per size, in a fixed order. `phase` says whether the
   * size is a bracketing step (possibly far from the answer: fewer replicates may do) or a
   * refinement near the answer.
   */
  evaluate(size: number, phase: SearchPhase): Promise<PowerCount>;
  /** Sizes already simulated (e.g. a pilot run); they count towards `maxEvaluations`. */
  readonly known?: ReadonlyMap<number, PowerCount>;
}

export type SearchPhase = 'bracket' | 'refine';

/** Why the answer is not a plain interior solution. */
export type SizeSearchNote = 'TARGET_NOT_REACHED' | 'TARGET_MET_AT_MINIMUM' | 'FIT_FAILED';

export interface SizeSearchResult {
  /** Every simulated size, in increasing size. */
  readonly points: PowerCurvePoint[];
  /** Probit fit Φ(a + b√size) over all points, or null when it could not be fitted. */
  readonly fit: ProbitFit | null;
  /** Smallest whole size at which the fitted power reaches the target (⌈n*⌉), or null. */
  readonly requiredSize: number | null;
  /** n* before rounding, its delta-method se and Fieller interval (the Monte-Carlo error). */
  readonly estimate: SizeEstimate | null;
  /** Evaluated sizes just below and at/above the target ([lo, hi]; hi null if never reached). */
  readonly bracket: [number, number | null];
  readonly notes: SizeSearchNote[];
}

/**
 * Smallest design size reaching the target power, by simulation:
 *
 *   initial size ─▶ bracket (double up while power < target, halve down while ≥ target)
 *                ─▶ refine (fit probit on √size over all points, simulate at the fitted n*,
 *                   or at the bracket midpoint when n* is outside or already simulated)
 *                ─▶ final probit fit ─▶ ⌈n*⌉ with its Fieller interval
 *
 * Every simulated point stays in the fit, so bracketing work is not wasted, and the answer is read
 * from a smooth monotone curve rather than from one noisy point crossing the target.
 */
export async function searchRequiredSize(options: SizeSearchOptions): Promise<SizeSearchResult> {
  const counts = new Map<number, PowerCount>(options.known ?? []);
  const simulate = async (size: number, phase: SearchPhase = 'bracket'): Promise<number> => {
    if (!counts.has(size)) counts.set(size, await options.evaluate(size, phase));
    const count = counts.get(size)!;
    return count.successes / count.trials;
  };
  const bracket = await bracketTarget(options, simulate, counts);
  if (bracket[1] !== null && bracket[1] > bracket[0] + 1) await refine(options, simulate, counts, bracket as [number, number]);
  return finish(options, counts, bracket);
}

type Simulate = (size: number, phase?: SearchPhase) => Promise<number>;

function clampSize(options: SizeSearchOptions, size: number): number {
  return Math.min(options.maxSize, Math.max(options.minSize, Math.round(size)));
}

async function bracketTarget(options: SizeSearchOptions, simulate: Simulate, counts: Map<number, PowerCount>): Promise<[number, number | null]> {
  let size = clampSize(options, options.initialSize);
  if ((await simulate(size)) >= options.targetPower) {
    let high = size;
    while (high > options.minSize && counts.size < options.maxEvaluations) {
      const lower = clampSize(options, high / 2);
      if ((await simulate(lower)) < options.targetPower) return [lower, high];
      high = lower;
    }
    return [high, high];
  }
  while (size < options.maxSize && counts.size < options.maxEvaluations) {
    const higher = clampSize(options, size * 2);
    if ((await simulate(higher)) >= options.targetPower) return [size, higher];
    size = higher;
  }
  return [size, null];
}

async function refine(options: SizeSearchOptions, simulate: Simulate, counts: Map<number, PowerCount>, bracket: [number, number]): Promise<void> {
  let [low, high] = bracket;
  while (high - low > 1 && counts.size < options.maxEvaluations) {
    const fitted = fittedSize(options, counts);
    let next = fitted === null ? NaN : Math.round(fitted);
    if (!(next > low && next < high) || counts.has(next)) next = Math.round((low + high) / 2);
    if (counts.has(next)) return;
    if ((await simulate(next, 'refine')) >= options.targetPower) high = next;
    else low = next;
  }
}

function fittedSize(options: SizeSearchOptions, counts: Map<number, PowerCount>): number | null {
  const fit = tryFit(counts);
  if (fit === null) return null;
  const size = inversePrediction(fit, options.targetPower, options.confidence).size;
  return Number.isFinite(size) ? size : null;
}

function tryFit(counts: Map<number, PowerCount>): ProbitFit | null {
  if (counts.size < 2) return null;
  const observations = [...counts].map(([size, count]) => ({ x: Math.sqrt(size), ...count }));
  const fit = probitFit(observations);
  return fit.converged && fit.slope > 0 && Number.isFinite(fit.intercept) ? fit : null;
}

function finish(options: SizeSearchOptions, counts: Map<number, PowerCount>, bracket: [number, number | null]): SizeSearchResult {
  const points = [...counts]
    .sort(([a], [b]) => a - b)
    .map(([size, count]) => ({ size, power: count.successes / count.trials, ci: wilsonInterval(count.successes, count.trials, 1 - options.confidence), ...count }));
  const notes: SizeSearchNote[] = [];
  if (bracket[1] === null) notes.push('TARGET_NOT_REACHED');
  else if (bracket[0] === bracket[1]) notes.push('TARGET_MET_AT_MINIMUM');
  const fit = tryFit(counts);
  if (fit === null) notes.push('FIT_FAILED');
  const estimate = fit === null ? null : inversePrediction(fit, options.targetPower, options.confidence);
  const requiredSize = requiredFrom(options, estimate, bracket);
  return { points, fit, requiredSize, estimate, bracket, notes };
}

/** ⌈n*⌉ within [minSize, maxSize]; without a fit, the simulated size that first reached the target. */
function requiredFrom(options: SizeSearchOptions, estimate: SizeEstimate | null, bracket: [number, number | null]): number | null {
  if (estimate !== null && Number.isFinite(estimate.size) && estimate.size <= options.maxSize) {
    return Math.max(options.minSize, Math.ceil(estimate.size * (1 - 1e-12)));
  }
  return bracket[1];
}
