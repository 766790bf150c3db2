import { betaBinomialComparison, gaussianBayesian } from '../stats/bayesian/index.js';
import { compare } from '../stats/compare.js';
import { cuped } from '../stats/cuped.js';
import { boschlooExact } from '../stats/exact/boschlooExact.js';
import { EXACT_UNCONDITIONAL_MAX_UNITS } from '../stats/exact/exactUnconditionalLimit.js';
import { exactScoreTest } from '../stats/exact/exactScoreTest.js';
import { fisherExact } from '../stats/fisherExact.js';
import { marginTest, type MarginInput, type MarginTestResult } from '../stats/marginTest.js';
import { relativeLiftAt } from '../stats/relativeLift.js';
import { confidenceSequence, sequentialHalfWidthFactor, sequentialRho } from '../stats/sequential/index.js';
import { uninformativeEstimate } from '../stats/waldEstimate.js';
import type { MetricStats } from '../stats/sufficientStats.js';
import type { AnalysisOptions, Comparison, CupedComparison, EffectEstimate, Interval, StatsWarning } from '../stats/types.js';
import { warning } from '../stats/warnings.js';
import type { AnalyzeOptions } from './analyzeOptions.js';
import type { BayesianJson, ComparisonResult } from './analysisResult.js';
import { clusterHeadline, type ClusterHeadline } from './clusterHeadline.js';
import { dunnettInput, type DunnettInput } from './dunnettInput.js';
import type { AggregatedMetric } from './input/AggregatedData.js';

/** The effects a decision is made on: absolute and relative lift. */
export interface DecisionEffects {
  readonly absolute: EffectEstimate;
  readonly relative: EffectEstimate | null;
  /** Conditions of these effects (FIELLER_DISJOINT: the relative interval shown does not invert the test). */
  readonly warnings?: readonly StatsWarning[];
  /** With --exact: Fisher's exact test decided (its p is `absolute.pValue`); the odds-ratio interval inverts it. */
  readonly exact?: { readonly test: 'fisher'; readonly oddsRatio: number; readonly ci: Interval };
  /** With --exact-test boschloo, score or agresti-min: the exact unconditional test that decided (its p is `absolute.pValue`). */
  readonly exactTest?: UnconditionalTest;
}

type UnconditionalTest = 'boschloo' | 'score' | 'agresti-min';

/** One metric × variant comparison before corrections and wording. */
export interface ComparisonDraft {
  readonly variant: string;
  readonly control: string;
  readonly method: ComparisonResult['method'];
  readonly fixed: Comparison;
  readonly cluster?: ClusterHeadline;
  readonly cuped?: CupedComparison;
  readonly sequential?: DecisionEffects;
  readonly bayesian?: BayesianJson;
  readonly decision: ComparisonResult['decision'];
  /** The decision's effects at the analysis alpha. */
  readonly decisionEffects: DecisionEffects;
  /** The decision's effects at another alpha (for intervals consistent with adjusted p-values). */
  readonly decisionAt: (alpha: number) => DecisionEffects;
  /** With --non-inferiority / --equivalence: the margin test on the primary fixed-horizon result. */
  readonly margin?: MarginTestResult;
  /** With --correction dunnett: the correlation and reference of the decision's statistic. */
  readonly dunnett?: DunnettInput;
  readonly warnings: StatsWarning[];
}

/**
 * Compare one variant with the control on one metric, with every method asked for:
 *
 *   fixed horizon (Welch / z / delta ratio, or cluster-robust with --cluster)
 *     → CUPED when the arms carry covariate sums (the primary estimate then)
 *     → sequential: confidence sequence on the primary estimate (--sequential)
 *     → Bayesian: Gaussian posterior of the primary relative lift; Beta-Binomial for conversions
 *
 * The decision (verdict, correction) uses the sequential result when asked, else the primary one.
 */
export function compareVariant(metric: AggregatedMetric, control: number, variant: number, names: readonly string[], options: AnalyzeOptions): ComparisonDraft {
  const { kind } = metric;
  const c = metric.arms[control];
  const t = metric.arms[variant];
  const at = (alpha: number): AnalysisOptions => ({ alpha, sides: options.sides, relativeCi: options.relativeCi, scoreMethod: options.scoreMethod });
  const clusterArms = metric.clusterArms;
  const headlineAt = (alpha: number): Comparison | ClusterHeadline =>
    clusterArms ? clusterHeadline(kind, clusterArms[control], clusterArms[variant], { control: c, treatment: t }, at(alpha)) : compare(kind, c, t, at(alpha));
  const hasCovariate = c.covariate !== undefined || c.ratioCovariate !== undefined || c.regression?.ratio === true;
  const primaryAt = (alpha: number): Comparison => (hasCovariate ? cuped(c, t, at(alpha), kind) : headlineAt(alpha));
  const totalN = clusterArms ? clusterArms[control].clusters.n + clusterArms[variant].clusters.n : c.n + t.n;
  // ρ is tuned once, at the nominal alpha: intervals at adjusted levels keep it (see SequentialOptions.rho).
  const rho = sequentialRho(options.alpha, options.tuning, options.sides === 'two');
  const sequenceOf = (primary: Comparison, alpha: number): DecisionEffects => confidenceSequences(primary, totalN, { alpha, rho, sides: options.sides, relativeCi: options.relativeCi });
  const fixed = headlineAt(options.alpha);
  const primary = hasCovariate ? primaryAt(options.alpha) : fixed;
  const sequential = options.sequential ? sequenceOf(primary, options.alpha) : undefined;
  // --exact: Fisher's exact test decides unadjusted, unclustered conversions (the score intervals stay, labelled).
  const exact = options.exact && kind === 'proportion' && !clusterArms && !hasCovariate;
  const unconditional = options.exactTest === 'fisher' ? undefined : options.exactTest;
  const tooLarge = exact && unconditional !== undefined && c.n + t.n > EXACT_UNCONDITIONAL_MAX_UNITS;
  const exactAt = (alpha: number): DecisionEffects =>
    unconditional && !tooLarge ? withUnconditional(primaryAt(alpha), c, t, alpha, options.sides, unconditional) : withFisher(primaryAt(alpha), c, t, alpha, options.sides);
  const bayesian = options.bayesian ? bayesianSummary(primary, kind === 'proportion' && !clusterArms ? [c, t] : undefined, options) : undefined;
  // With --cluster and a covariate, CUPED (cluster-robust CR1 from cluster-level regression sums) decides.
  const base = hasCovariate ? 'cuped' : clusterArms ? 'cluster' : 'fixed';
  const margin = marginOf(options, kind === 'proportion' && !clusterArms && !hasCovariate ? { kind: 'score', treatment: { x: t.sum, n: t.n }, control: { x: c.sum, n: c.n }, method: options.scoreMethod } : { kind: 'wald', comparison: primary });
  return {
    variant: names[variant],
    control: names[control],
    method: clusterArms ? 'cluster-robust' : kind === 'proportion' ? 'z-test' : kind === 'mean' ? 'welch' : 'delta',
    fixed,
    ...(clusterArms ? { cluster: fixed as ClusterHeadline } : {}),
    ...(hasCovariate ? { cuped: primary as CupedComparison } : {}),
    ...(sequential ? { sequential } : {}),
    ...(bayesian ? { bayesian } : {}),
    decision: exact ? 'exact' : options.sequential ? (base === 'fixed' ? 'sequential' : `${base}-sequential`) : base,
    decisionEffects: exact ? exactAt(options.alpha) : sequential ?? primary,
    decisionAt: (alpha) => (exact ? exactAt(alpha) : options.sequential ? sequenceOf(primaryAt(alpha), alpha) : primaryAt(alpha)),
    ...(margin ? { margin } : {}),
    ...(options.correction === 'dunnett' ? { dunnett: dunnettInput(kind, c, t, primary, fixed) } : {}),
    warnings: uniqueWarnings([
      ...fixed.warnings,
      ...(hasCovariate ? primary.warnings : []),
      ...(kind === 'proportion' && !clusterArms && !options.exact ? exactRecommended(c, t) : []),
      ...(margin?.warnings ?? []),
      ...(tooLarge ? [warning('EXACT_UNCONDITIONAL_TOO_LARGE', `${c.n + t.n} units`)] : []),
    ]),
  };
}

/**
 * The margin test asked for (--non-inferiority or --equivalence), by the primary comparison's own
 * test moved to the margin (src/stats/marginTest.ts); with --sides less lower values are better.
 */
function marginOf(options: AnalyzeOptions, input: MarginInput): MarginTestResult | undefined {
  const spec = options.nonInferiority ?? options.equivalence;
  if (spec === undefined) return undefined;
  const test = options.nonInferiority !== undefined ? 'non-inferiority' : 'equivalence';
  return marginTest(input, { test, scale: spec.scale, value: spec.value, lowerIsBetter: test === 'non-inferiority' && options.sides === 'less' }, options.alpha);
}

/**
 * The decision by Fisher's exact test (src/stats/fisherExact.ts): its p-value replaces the score
 * p of both effects, whose score intervals stay for information; the conditional exact odds-ratio
 * interval at `alpha` is the one that inverts the test.
 */
function withFisher(primary: Comparison, control: MetricStats, treatment: MetricStats, alpha: number, sides: AnalyzeOptions['sides']): DecisionEffects {
  const fisher = fisherExact({ x: treatment.sum, n: treatment.n }, { x: control.sum, n: control.n }, alpha, sides);
  const pValue = fisher.pValue;
  return {
    absolute: { ...primary.absolute, pValue },
    relative: primary.relative ? { ...primary.relative, pValue } : null,
    warnings: primary.warnings,
    exact: { test: 'fisher', oddsRatio: fisher.oddsRatio, ci: fisher.ci },
  };
}

/**
 * The decision by an exact unconditional test (src/stats/exact): Boschloo's test replaces the p of
 * both effects and keeps the score intervals (they do not invert it); the exact score test
 * (Chan–Zhang, or Agresti–Min's single two-sided test) replaces the p and both intervals, the
 * difference's and the ratio's (as a lift, ratio − 1), each of which inverts it at `alpha`.
 */
function withUnconditional(primary: Comparison, control: MetricStats, treatment: MetricStats, alpha: number, sides: AnalyzeOptions['sides'], test: UnconditionalTest): DecisionEffects {
  const [t, c] = [{ x: treatment.sum, n: treatment.n }, { x: control.sum, n: control.n }];
  if (test === 'boschloo') {
    const { pValue } = boschlooExact(t, c, sides);
    return { absolute: { ...primary.absolute, pValue }, relative: primary.relative ? { ...primary.relative, pValue } : null, warnings: primary.warnings, exactTest: test };
  }
  const score = exactScoreTest(t, c, alpha, sides, test === 'agresti-min' ? 'agresti-min' : 'chan-zhang');
  const pValue = score.pValue;
  const [low, high] = score.ratio.ci;
  return {
    absolute: { ...primary.absolute, pValue, ci: score.difference.ci },
    relative: primary.relative ? { ...primary.relative, pValue, ci: [low - 1, high - 1] } : null,
    warnings: primary.warnings,
    exactTest: test,
  };
}

/**
 * EXACT_RECOMMENDED when an expected count of the 2×2 table under no difference, arm size ×
 * pooled conversions (or non-conversions) / all units, is below 5 (Cochran 1954, Biometrics
 * 10:417–451, the rule behind the chi-square test's "expected counts ≥ 5").
 */
function exactRecommended(control: MetricStats, treatment: MetricStats): StatsWarning[] {
  const total = control.n + treatment.n;
  const conversions = control.sum + treatment.sum;
  if (!(total > 0)) return [];
  const smallest = (Math.min(control.n, treatment.n) * Math.min(conversions, total - conversions)) / total;
  return smallest < 5 ? [warning('EXACT_RECOMMENDED', `smallest expected count ${Number(smallest.toPrecision(3))}`)] : [];
}

/**
 * Always-valid intervals around the primary estimate (se from the fixed-horizon analysis): the
 * confidence sequence of the absolute lift, and for the relative lift Fieller's set at the
 * sequence's own critical value (its half-width in standard errors), with the same covariance,
 * so it excludes 0 exactly when the always-valid p-value is below alpha. `relativeCi: 'delta'`
 * keeps the delta-method interval at that critical value (not test-inverting).
 */
function confidenceSequences(primary: Comparison, totalN: number, options: { alpha: number; rho: number; sides: AnalyzeOptions['sides']; relativeCi: AnalyzeOptions['relativeCi'] }): DecisionEffects {
  if (!Number.isFinite(primary.absolute.se) || !(totalN > 0)) return { absolute: uninformativeEstimate(primary.absolute.estimate), relative: null };
  const absolute = confidenceSequence({ estimate: primary.absolute.estimate, se: primary.absolute.se }, totalN, options);
  if (primary.relative === null || primary.ratio === undefined) return { absolute, relative: null };
  const critical = sequentialHalfWidthFactor(totalN, options.rho, options.alpha, options.sides);
  const relative = relativeLiftAt(primary.ratio, critical, options.sides, absolute.pValue, options.relativeCi);
  return { absolute, relative: relative.estimate, warnings: relative.warnings };
}

/**
 * Gaussian posterior of the relative lift (GrowthBook's scale; the prior is on that scale), or of
 * the absolute lift when the relative one is undefined and no prior was given; plus, for
 * conversions, the exact Beta-Binomial chance that the variant beats control.
 */
function bayesianSummary(primary: Comparison, conversions: [MetricStats, MetricStats] | undefined, options: AnalyzeOptions): BayesianJson | undefined {
  const prior = options.priorMean !== undefined && options.priorVariance !== undefined ? { mean: options.priorMean, variance: options.priorVariance } : undefined;
  const effect = primary.relative ?? (prior === undefined ? primary.absolute : null);
  const exact = conversions ? betaBinomialComparison(conversions[0], conversions[1], { alpha: options.alpha }) : undefined;
  const betaBinomial = exact ? { chanceToWin: exact.chanceToWin, risk: exact.risk, ci: exact.ci, method: exact.method } : undefined;
  if (effect !== null && effect.se === 0 && exact) {
    // A Gaussian posterior with sd 0 would claim certainty (chance 0 or 1), as for 5/500 against
    // 0/500; the exact Beta-Binomial posterior of the absolute difference never does.
    return { scale: 'absolute', chanceToWin: exact.chanceToWin, risk: exact.risk, ci: exact.ci, posteriorMean: exact.posteriorMean, posteriorSd: exact.posteriorSd, model: 'beta-binomial', betaBinomial: betaBinomial! };
  }
  if (effect === null || !(effect.se > 0) || !Number.isFinite(effect.se)) return undefined;
  const result = gaussianBayesian({ estimate: effect.estimate, se: effect.se }, { alpha: options.alpha, prior });
  return {
    scale: primary.relative ? 'relative' : 'absolute',
    chanceToWin: result.chanceToWin,
    risk: result.risk,
    ci: result.ci,
    posteriorMean: result.posteriorMean,
    posteriorSd: result.posteriorSd,
    model: 'gaussian',
    ...(betaBinomial ? { betaBinomial } : {}),
  };
}

function uniqueWarnings(warnings: StatsWarning[]): StatsWarning[] {
  const seen = new Set<string>();
  return warnings.filter((entry) => !seen.has(entry.message) && seen.add(entry.message) !== undefined);
}
