import { InputError } from '../../io/inputError.js';
import { createStream } from '../../sim/random/index.js';
import { normalCdf, normalQuantile } from '../../stats/index.js';
import { FEW_CLUSTERS_LIMIT } from '../../stats/cluster/index.js';
import { exp, log } from '../../math/index.js';
import { wilsonInterval } from '../aggregate/wilsonInterval.js';
import type { LoadedExperiment } from '../load/loadExperiment.js';
import { metricStats, clusterTotals } from '../replicateAnalysis/metricStats.js';
import { addSums } from '../world/ViewerSums.js';
import { fittedCurve } from './fittedCurve.js';
import { inversePrediction } from './inversePrediction.js';
import { naiveAnalyticPlan } from './naiveAnalyticPlan.js';
import { PROFIT_PER_SESSION, type PlanningMetric } from './planningMetric.js';
import { poolEffect, poolFormulaSize, poolPlannedContrast, type FormulaInputs } from './poolPlannedContrast.js';
import { powerAdvice } from './powerAdvice.js';
import { powerNote, type PowerNoteCode } from './powerNotes.js';
import type { PowerPlanOptions } from './PowerPlanOptions.js';
import { powerResultHeader } from './powerResultHeader.js';
import type { PowerResult } from './PowerResult.js';
import { primaryOnlyContext } from './powerAtSize.js';
import { probitFit, type ProbitFit } from './probitFit.js';
import { resampledPower, type ResampledTest } from './resampledPower.js';
import type { PowerCount } from './searchRequiredSize.js';
import { simulateSessionPool, type SessionPool } from './sessionPool.js';

/** Sessions per arm simulated for the pool unless asked otherwise (each arm on every slot). */
export const DEFAULT_POOL_SESSIONS = 200;
/** Largest size resampled unless asked otherwise: resampling costs analysis only, not simulation. */
export const DEFAULT_POOL_MAX_SESSIONS_PER_ARM = 10_000;
/** Resampled tests per size, per replicate of the file (so 100 replicates → 400 tests per size). */
const RESAMPLES_PER_REPLICATE = 4;
/** Bootstrap resamples of the pool's slots for the pool's share of the Monte-Carlo error. */
const POOL_BOOTSTRAPS = 200;
const Z95 = 1.959963984540054;

/**
 * Power planning for a session-randomized test, fast enough to wait for:
 *
 *   pool: every arm on the same M slots (common random numbers; M = poolSessions, default 200)
 *     ─▶ truth of the planned contrast (paired over slots) and the cluster-trial formula's size n₀
 *     ─▶ resampled tests at n₀/2, n₀, 2n₀ (more while the target is not bracketed): each replicate
 *        draws sessions per arm with replacement from the pool and runs the real test on them,
 *        the draws of a size being a prefix of every larger size's (common random numbers)
 *     ─▶ probit fit Φ(a + b√n) by maximum likelihood over every resampled test ─▶ n*
 *     ─▶ confirmation: twice the tests at ⌈n*⌉ ─▶ refit ─▶ recommended ⌈n*⌉
 *     ─▶ Monte-Carlo error: the fit's (delta method) and the pool's (the formula's spread over
 *        bootstrap resamples of the slots), combined on the log scale.
 *
 * Simulation costs M·K sessions whatever the answer, so a required size of thousands of
 * sessions is found as fast as one of ten; the resampled tests include everything that varies
 * between sessions (host, room, session-level random effects) and the test's own small-sample
 * behaviour. Same seed → same result for any number of workers (the pool is in slot order, the
 * resampling runs on this thread).
 */
export async function planBySessionPool(loaded: LoadedExperiment, options: PowerPlanOptions, choice: PlanningMetric): Promise<PowerResult> {
  const { experiment } = loaded;
  const slots = options.poolSessions ?? DEFAULT_POOL_SESSIONS;
  const maxSize = Math.max(2, options.maxSessionsPerArm ?? DEFAULT_POOL_MAX_SESSIONS_PER_ARM);
  const pool = await simulateSessionPool(loaded, { seed: options.seed, slots, workers: options.workers, onProgress: options.onSize?.(slots, slots) });
  const planned = poolPlannedContrast(loaded, pool, choice.metric);
  if (!(planned.truth.absolute !== 0)) {
    throw new InputError({ file: loaded.file, path: 'design', message: `${planned.contrast.name} has no true effect on ${choice.metric} in the model: there is nothing to detect` });
  }
  const direction = planned.truth.absolute > 0 ? 1 : -1;
  const { alpha, sides } = experiment.analysis;
  const test: ResampledTest =
    choice.metric === PROFIT_PER_SESSION
      ? { kind: 'profit', contrast: planned.contrast, direction, options: { alpha, sides, relativeCi: 'delta' } }
      : { kind: 'metric', context: primaryOnlyContext(loaded, choice.metric), contrastIndex: planned.index, direction };
  const formula: FormulaInputs = { metric: choice.metric, contrast: planned.contrast, alpha, sides, targetPower: options.targetPower };
  const clustered = poolFormulaSize(pool, formula);
  const replicates = options.replicates * RESAMPLES_PER_REPLICATE;
  const weights = loaded.arms.map((arm) => arm.weight);
  const counts = new Map<number, PowerCount>();
  const clamp = (size: number) => Math.min(maxSize, Math.max(2, Math.round(size)));
  const evaluate = (size: number, tests = replicates): number => {
    if (!counts.has(size)) counts.set(size, resampledPower(pool, size, test, { seed: options.seed, replicates: tests, weights }));
    const count = counts.get(size)!;
    return count.successes / count.trials;
  };
  const start = clamp(clustered ?? experiment.sessionsPerArm);
  const powers = [start / 2, start, start * 2].map((size) => evaluate(clamp(size)));
  let high = clamp(start * 2);
  for (let step = 0; Math.max(...powers) < options.targetPower && high < maxSize && step < 6; step++) powers.push(evaluate((high = clamp(high * 4))));
  let low = clamp(start / 2);
  for (let step = 0; Math.min(...powers) >= options.targetPower && low > 2 && step < 6; step++) powers.push(evaluate((low = clamp(low / 4))));
  const firstFit = fitCounts(counts);
  const firstSize = firstFit === null ? NaN : inversePrediction(firstFit, options.targetPower, 0.95).size;
  const confirmation = Number.isFinite(firstSize) ? clamp(Math.ceil(firstSize)) : null;
  if (confirmation !== null) evaluate(confirmation, 2 * replicates);
  const fit = fitCounts(counts);
  const estimate = fit === null ? null : inversePrediction(fit, options.targetPower, 0.95);
  const exact = estimate !== null && Number.isFinite(estimate.size) ? estimate.size : null;
  const recommended = exact === null ? null : Math.max(2, Math.ceil(exact * (1 - 1e-12)));
  const poolRange = poolRatioInterval(pool, formula, direction, options.seed);
  const fitLogSe = exact !== null && estimate !== null && exact > 0 ? estimate.se / exact : null;
  const interval = exact === null ? null : combinedInterval(exact, fitLogSe, poolRange);
  const perSession = controlViewersPerSession(pool, planned.contrast.control);
  const control = planned.contrast.control;
  const analytic =
    choice.metric === PROFIT_PER_SESSION
      ? null
      : naiveAnalyticPlan({
          metric: choice.metric,
          control: metricStats(addSums(control.map((arm) => addSums(pool.arms[arm].sums))), choice.metric),
          effect: planned.truth.absolute,
          alpha,
          sides,
          split: [groupWeight(weights, control), groupWeight(weights, planned.contrast.treatment)],
          targetPower: options.targetPower,
          controlViewersPerSession: perSession,
        });
  const notes: PowerNoteCode[] = [];
  if (fit === null) notes.push('FIT_FAILED');
  if (exact !== null && exact > maxSize) notes.push('TARGET_NOT_REACHED');
  if (analytic === null) notes.push('NO_ANALYTIC_FORMULA');
  if (recommended !== null && recommended < FEW_CLUSTERS_LIMIT) notes.push('FEW_SESSIONS');
  const points = [...counts]
    .sort(([a], [b]) => a - b)
    .map(([size, count]) => ({ sessionsPerArm: size, viewersPerArm: size * perSession, power: count.successes / count.trials, ci: wilsonInterval(count.successes, count.trials), successes: count.successes, replicates: count.trials }));
  const largest = Math.max(points[points.length - 1].sessionsPerArm, recommended ?? 0);
  const recommendedPower = recommended === null || fit === null ? null : powerAt(fit, recommended, interval!, options.targetPower, alpha, sides);
  const confirmed = confirmation === null ? null : points.find((point) => point.sessionsPerArm === confirmation)!;
  const designEffect = exact !== null && analytic !== null && exact <= maxSize ? exact / analytic.sessionsPerArm : null;
  const result: PowerResult = {
    ...powerResultHeader(loaded, options.seed),
    replicates,
    sizeUnit: 'sessions',
    targetPower: options.targetPower,
    maxSessionsPerArm: maxSize,
    metric: choice.metric,
    contrast: { name: planned.contrast.name, control: control.map((arm) => loaded.arms[arm].name).join('+') },
    truth: planned.truth,
    viewersPerSession: perSession,
    points,
    fit: fit === null ? null : { intercept: fit.intercept, slope: fit.slope, covariance: fit.covariance.map((row) => [...row]) as [[number, number], [number, number]] },
    required: {
      sessionsPerArm: exact !== null && exact <= maxSize ? recommended : null,
      viewersPerArm: recommended === null ? null : recommended * perSession,
      exactSessionsPerArm: exact,
      se: fitLogSe === null || exact === null ? null : exact * fitLogSe,
      interval,
    },
    analytic,
    clusteredAnalyticSessionsPerArm: clustered,
    designEffect,
    notes: notes.map(powerNote),
    method: 'session-pool',
    planning: choice,
    monteCarlo: {
      poolSessionsPerArm: slots,
      testsPerSize: replicates,
      confirmationTests: confirmation === null ? null : 2 * replicates,
      fitInterval: estimate === null ? null : [estimate.interval[0], Number.isFinite(estimate.interval[1]) ? estimate.interval[1] : null],
      fitRelativeSe: fitLogSe,
      poolRatioInterval: poolRange,
    },
    recommended:
      recommended === null || recommendedPower === null
        ? null
        : { sessionsPerArm: recommended, power: recommendedPower.power, interval: recommendedPower.interval, confirmation: confirmed === null ? null : { sessionsPerArm: confirmed.sessionsPerArm, power: confirmed.power, ci: confirmed.ci, replicates: confirmed.replicates } },
    curve: fit === null ? [] : fittedCurve(fit, points[0].sessionsPerArm, largest),
    input: { file: loaded.file ?? null, scenarioFile: loaded.scenarioFile ?? null, experiment, scenario: loaded.base },
  };
  return { ...result, advice: powerAdvice(result) };
}

function fitCounts(counts: ReadonlyMap<number, PowerCount>): ProbitFit | null {
  if (counts.size < 2) return null;
  const fit = probitFit([...counts].map(([size, count]) => ({ x: Math.sqrt(size), ...count })));
  return fit.converged && fit.slope > 0 && Number.isFinite(fit.intercept) ? fit : null;
}

function groupWeight(weights: readonly number[], group: readonly number[]): number {
  return group.reduce((sum, arm) => sum + weights[arm], 0);
}

function controlViewersPerSession(pool: SessionPool, control: readonly number[]): number {
  let viewers = 0;
  for (const arm of control) for (const sums of pool.arms[arm].sums) viewers += clusterTotals(sums, 'conversion').n;
  return viewers / (pool.slots * control.length);
}

/**
 * The pool's share of the Monte-Carlo error of n*: the 95% percentile range of the formula's size
 * over bootstrap resamples of the slots (the same slots for every arm, keeping the common random
 * numbers' pairing), as ratios to the pool's own formula size. The resampled tests see the pool's
 * effect and spread, so their answer moves with the formula's when the pool is redrawn. A resample
 * whose effect has the other sign, or none, needs an unbounded size (upper ratio null). Null when
 * the pool gives no formula size.
 */
function poolRatioInterval(pool: SessionPool, formula: FormulaInputs, direction: number, seed: number): [number, number | null] | null {
  const base = poolFormulaSize(pool, formula);
  if (base === null || !(base > 0)) return null;
  const ratios: number[] = [];
  for (let b = 0; b < POOL_BOOTSTRAPS; b++) {
    const rng = createStream(seed, b, 'power.poolBootstrap');
    const slots = Array.from({ length: pool.slots }, () => Math.floor(rng() * pool.slots));
    const size = poolFormulaSize(pool, formula, slots);
    const sameSign = poolEffect(pool, formula, slots) * direction > 0;
    ratios.push(size !== null && sameSign && Number.isFinite(size) ? size / base : Infinity);
  }
  ratios.sort((a, b) => a - b);
  const low = ratios[Math.floor(0.025 * POOL_BOOTSTRAPS)];
  const high = ratios[Math.ceil(0.975 * POOL_BOOTSTRAPS) - 1];
  return [low, Number.isFinite(high) ? high : null];
}

/**
 * The 95% Monte-Carlo interval of n*: the fit's relative error (delta method) and the pool's
 * percentile range combined on the log scale, each side separately (the pool's range is skewed:
 * n* ∝ 1/δ²). Unbounded above when the pool's is.
 */
function combinedInterval(exact: number, fitLogSe: number | null, pool: [number, number | null] | null): [number, number | null] {
  const fit = fitLogSe ?? 0;
  const lowPool = pool === null ? 0 : -log(pool[0]) / Z95;
  const highPool = pool === null ? 0 : pool[1] === null ? Infinity : log(pool[1]) / Z95;
  const side = (poolSe: number) => Z95 * Math.sqrt(fit * fit + Math.max(0, poolSe) * Math.max(0, poolSe));
  return [exact * exp(-side(lowPool)), Number.isFinite(highPool) ? exact * exp(side(highPool)) : null];
}

/**
 * Power at the recommended size with its 95% Monte-Carlo interval: the fitted power Φ(a + b√n),
 * and the power the normal approximation gives at that size when the required size is at either
 * end of its interval: power(n) = Φ((z₁₋α/₂ + z_target)·√(n/n*) − z₁₋α/₂) (z₁₋α one-sided),
 * widened to include the fit's own pointwise interval on a + b√n.
 */
function powerAt(fit: ProbitFit, size: number, interval: [number, number | null], target: number, alpha: number, sides: string): { power: number; interval: [number, number] } {
  const x = Math.sqrt(size);
  const eta = fit.intercept + fit.slope * x;
  const [[vaa, vab], [, vbb]] = fit.covariance;
  const etaSe = Math.sqrt(Math.max(0, vaa + 2 * x * vab + x * x * vbb));
  const zAlpha = normalQuantile(1 - (sides === 'two' ? alpha / 2 : alpha));
  const atRequired = (required: number | null) => (required === null ? 0 : normalCdf((zAlpha + normalQuantile(target)) * Math.sqrt(size / required) - zAlpha));
  const low = Math.min(normalCdf(eta - Z95 * etaSe), atRequired(interval[1]));
  const high = Math.max(normalCdf(eta + Z95 * etaSe), atRequired(interval[0]));
  return { power: normalCdf(eta), interval: [low, high] };
}
