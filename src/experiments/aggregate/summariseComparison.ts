import type { Contrast } from '../replicateAnalysis/contrasts.js';
import type { EffectRecord, ReplicateComparison } from '../replicateAnalysis/ReplicateAnalysis.js';
import type { AnalysisSettings } from '../schema/analysisSchema.js';
import type { MetricName } from '../schema/metrics.js';
import type { ComparisonSummary, Rate, Spread } from '../output/ExperimentResult.js';
import type { TrueEffect } from './contrastTruth.js';
import { describeValues } from './describeValues.js';
import { wilsonInterval } from './wilsonInterval.js';

/** Inputs of one contrast × metric summary. */
export interface ComparisonInputs {
  readonly contrast: Contrast;
  readonly metric: MetricName;
  readonly role: 'primary' | 'secondary' | 'guardrail';
  /** One per replicate. */
  readonly replicates: readonly ReplicateComparison[];
  readonly truth: TrueEffect;
  /** Each replicate's own potential-outcome effect (for Monte-Carlo errors). */
  readonly truthPerReplicate: readonly TrueEffect[];
  readonly settings: AnalysisSettings;
}

/**
 * What the simulated test achieves on one contrast and metric, across replicates: the spread of
 * its estimate, rejection rate, power (significant in the true direction) or false-positive rate
 * (null contrasts), type S errors, bias against the potential-outcome truth, interval coverage,
 * and the naive / sequential / Bayesian views when they were computed.
 */
export function summariseComparison(inputs: ComparisonInputs): ComparisonSummary {
  const { contrast, metric, role, replicates, truth, truthPerReplicate, settings } = inputs;
  const estimable = replicates.filter((replicate) => Number.isFinite(replicate.absolute.se));
  const direction = contrast.isNull ? 0 : Math.sign(truth.absolute);
  const significant = replicates.filter((replicate) => replicate.significant);
  const right = significant.filter((replicate) => direction !== 0 && Math.sign(replicate.absolute.estimate) === direction).length;
  const wrong = significant.filter((replicate) => direction !== 0 && Math.sign(replicate.absolute.estimate) === -direction).length;
  const n = replicates.length;
  const relativeEstimates = estimable.flatMap((replicate) => (replicate.relative ? [replicate.relative] : []));
  return {
    contrast: contrast.name,
    kind: contrast.kind,
    metric,
    role,
    isNull: contrast.isNull,
    truth: { ...truth, mcSe: { absolute: mcSe(truthPerReplicate.map((t) => t.absolute)), relative: truth.relative === null ? null : mcSe(truthPerReplicate.map((t) => t.relative ?? NaN)) } },
    estimate: { absolute: spread(estimable.map((r) => r.absolute.estimate)), relative: relativeEstimates.length > 0 ? spread(relativeEstimates.map((r) => r.estimate)) : null },
    rejectionRate: rate(significant.length, n),
    power: direction === 0 ? null : rate(right, n),
    falsePositiveRate: direction === 0 ? rate(significant.length, n) : null,
    wrongDirectionRate: rate(wrong, n),
    bias: bias(replicates, truth, truthPerReplicate),
    coverage: coverage(replicates, truth),
    ...naiveView(replicates),
    ...sequentialView(replicates, settings),
    ...bayesianView(replicates, settings),
    ...cupedView(replicates),
    ...(role === 'guardrail' ? { breachRate: rate(significant.filter((r) => r.absolute.estimate < 0).length, n) } : {}),
    warnings: warningCounts(replicates),
  };
}

export function rate(successes: number, of: number): Rate {
  return { value: of > 0 ? successes / of : NaN, of, ci: wilsonInterval(successes, of) };
}

function spread(values: number[]): Spread {
  const summary = describeValues(values);
  return { mean: summary.mean, sd: summary.sd, quantiles: [...summary.quantiles] };
}

/** Standard error of a mean over replicates: sd / √R. */
function mcSe(values: readonly number[]): number {
  const finite = values.filter(Number.isFinite);
  return finite.length > 1 ? describeValues(finite).sd / Math.sqrt(finite.length) : NaN;
}

function bias(replicates: readonly ReplicateComparison[], truth: TrueEffect, perReplicate: readonly TrueEffect[]): ComparisonSummary['bias'] {
  const pairs = (pick: (r: ReplicateComparison) => EffectRecord | null, truthOf: (t: TrueEffect) => number | null) =>
    replicates.flatMap((replicate, i) => {
      const effect = pick(replicate);
      const own = truthOf(perReplicate[i]);
      return effect && Number.isFinite(effect.se) && own !== null ? [[effect.estimate, own] as const] : [];
    });
  const of = (list: (readonly [number, number])[], value: number) => ({
    value: describeValues(list.map(([estimate]) => estimate)).mean - value,
    mcSe: mcSe(list.map(([estimate, own]) => estimate - own)),
  });
  const absolute = of(pairs((r) => r.absolute, (t) => t.absolute), truth.absolute);
  const relativePairs = truth.relative === null ? [] : pairs((r) => r.relative, (t) => t.relative);
  return { absolute, relative: truth.relative === null || relativePairs.length === 0 ? null : of(relativePairs, truth.relative) };
}

function coverage(replicates: readonly ReplicateComparison[], truth: TrueEffect): ComparisonSummary['coverage'] {
  const covers = (effect: EffectRecord | null, value: number) => effect !== null && effect.lo <= value && value <= effect.hi;
  const absolute = rate(replicates.filter((r) => covers(r.absolute, truth.absolute)).length, replicates.length);
  if (truth.relative === null) return { absolute, relative: null };
  const withRelative = replicates.filter((r) => r.relative !== null);
  return { absolute, relative: rate(withRelative.filter((r) => covers(r.relative, truth.relative as number)).length, withRelative.length) };
}

function naiveView(replicates: readonly ReplicateComparison[]): Pick<ComparisonSummary, 'naive'> {
  if (!replicates.some((r) => r.naive !== undefined)) return {};
  const effects = replicates.flatMap((r) => (r.designEffect !== undefined && r.designEffect !== null && Number.isFinite(r.designEffect) ? [r.designEffect] : []));
  return {
    naive: {
      rejectionRate: rate(replicates.filter((r) => r.naive?.significant).length, replicates.length),
      meanDesignEffect: effects.length > 0 ? describeValues(effects).mean : null,
    },
  };
}

function sequentialView(replicates: readonly ReplicateComparison[], settings: AnalysisSettings): Pick<ComparisonSummary, 'sequential'> {
  if (!settings.sequential.enabled || !replicates.some((r) => r.sequentialLook !== undefined)) return {};
  const looks = replicates.flatMap((r) => (r.sequentialLook !== undefined && r.sequentialLook !== null ? [r.sequentialLook + 1] : []));
  return { sequential: { rejectionRate: rate(looks.length, replicates.length), meanSessionsToStop: looks.length > 0 ? describeValues(looks).mean : null } };
}

function bayesianView(replicates: readonly ReplicateComparison[], settings: AnalysisSettings): Pick<ComparisonSummary, 'bayesian'> {
  if (!settings.bayesian.enabled) return {};
  const chances = replicates.flatMap((r) => (r.chanceToWin !== undefined && r.chanceToWin !== null ? [r.chanceToWin] : []));
  return {
    bayesian: {
      meanChanceToWin: chances.length > 0 ? describeValues(chances).mean : null,
      winnerRate: rate(chances.filter((chance) => chance >= settings.bayesian.threshold).length, replicates.length),
    },
  };
}

function cupedView(replicates: readonly ReplicateComparison[]): Pick<ComparisonSummary, 'cuped'> {
  const reductions = replicates.flatMap((r) => (r.varianceReduction !== undefined && Number.isFinite(r.varianceReduction) ? [r.varianceReduction] : []));
  return reductions.length > 0 ? { cuped: { meanVarianceReduction: describeValues(reductions).mean } } : {};
}

function warningCounts(replicates: readonly ReplicateComparison[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const replicate of replicates) for (const code of new Set(replicate.warnings)) counts[code] = (counts[code] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
