import { normalCdf, normalSurvival } from './distributions/normalCdf.js';
import { studentTCdf, studentTSurvival } from './distributions/studentTCdf.js';
import { invertScore, scoreStatisticDifference, scoreStatisticRatio, type Binomial } from './proportionScore.js';
import { relativeLiftAt, upperQuantile } from './relativeLift.js';
import type { Comparison, Interval, RatioOfEstimates, ScoreMethod, StatsWarning } from './types.js';
import type { ReferenceDistribution } from './waldEstimate.js';
import { warning } from './warnings.js';

/**
 * A margin hypothesis: non-inferiority (the variant is not worse than control by the margin or
 * more) or equivalence (the effect lies within ± the margin), on the absolute lift (metric
 * units) or on the relative lift (0.02 = 2%).
 */
export interface Margin {
  readonly test: 'non-inferiority' | 'equivalence';
  readonly scale: 'absolute' | 'relative';
  /** δ > 0. */
  readonly value: number;
  /** Non-inferiority only: lower values are better (latency, refunds), so H₀ is effect ≥ +δ. */
  readonly lowerIsBetter?: boolean;
}

export interface MarginTestResult {
  readonly test: Margin['test'];
  readonly scale: Margin['scale'];
  readonly margin: number;
  /** Non-inferiority's direction ('higher' unless `lowerIsBetter`); equivalence has both. */
  readonly better: 'higher' | 'lower' | 'both';
  /** p of H₀: effect ≤ −δ (null for a non-inferiority test with lower values better). */
  readonly pLower: number | null;
  /** p of H₀: effect ≥ +δ (null for a non-inferiority test with higher values better). */
  readonly pUpper: number | null;
  /** The decision p: the one one-sided p (non-inferiority), max of the two (equivalence, TOST). */
  readonly pValue: number;
  /** The (1 − 2α) two-sided interval of the effect on the margin's scale; it inverts both one-sided tests. */
  readonly ci: Interval;
  /** 1 − 2α. */
  readonly level: number;
  /** pValue < α: non-inferiority or equivalence shown. */
  readonly shown: boolean;
  readonly method: 'wald' | 'fieller' | 'score';
  readonly warnings: StatsWarning[];
}

/** What a margin test needs of a comparison: the decision's statistic at any null value. */
export type MarginInput =
  /** A Wald test (Welch t, delta method, CUPED, cluster-robust): estimate, se, reference. */
  | { readonly kind: 'wald'; readonly comparison: Comparison }
  /** Conversions under the two-proportion score test. */
  | { readonly kind: 'score'; readonly treatment: Binomial; readonly control: Binomial; readonly method: ScoreMethod };

/**
 * Non-inferiority and equivalence by two one-sided tests (TOST; Schuirmann 1987, J. Pharmacokinet.
 * Biopharm. 15:657–680), each at level α, with the decision test's own statistic moved to the
 * margin, so the (1 − 2α) interval it inverts excludes the margin exactly when the test rejects:
 *
 * - Wald (means: Welch t on its df; ratio metrics, CUPED, cluster-robust: their reference), absolute
 *   margin: t(b) = (Δ̂ − b)/se, p_lower = P(T > t(−δ)), p_upper = P(T < t(+δ)), interval Δ̂ ± q₁₋α·se
 *   (statsmodels `ttost_ind(..., usevar='unequal')` for Welch).
 * - Wald, relative margin: lift = A/B − offset ≥ −δ ⇔ A − (offset − δ)B ≥ 0, tested with
 *   Var(A) − 2ρC + ρ²Var(B) at ρ = offset − δ, the same covariance and reference as the decision;
 *   the interval is Fieller's set at q₁₋α (it inverts exactly these tests).
 * - Conversions: the Farrington–Manning (or Miettinen–Nurminen) score statistic at the margin,
 *   difference p_t − p_c = ∓δ or ratio p_t/p_c = 1 ∓ δ; the interval inverts it (statsmodels
 *   `tost_proportions_2indep(..., method='score', correction=False)`).
 *
 * Non-inferiority (higher is better): H₀ effect ≤ −δ, p = p_lower. Lower is better: H₀ effect ≥ +δ,
 * p = p_upper. Equivalence: p = max(p_lower, p_upper). Shown when p < α. When Fieller's set is
 * unbounded (control not significantly above 0 at 2α) the relative interval is (−∞, ∞) and nothing
 * is shown (warning FIELLER_UNBOUNDED / _DISJOINT). O(1) (O(64) evaluations per score interval end).
 */
export function marginTest(input: MarginInput, margin: Margin, alpha: number): MarginTestResult {
  if (!(margin.value > 0) || !Number.isFinite(margin.value)) throw new RangeError(`margin ${margin.value} must be positive and finite`);
  if (!(alpha > 0 && alpha < 0.5)) throw new RangeError(`alpha ${alpha} must be in (0, 0.5) for a margin test`);
  const better = margin.test === 'equivalence' ? 'both' : margin.lowerIsBetter ? 'lower' : 'higher';
  const tests = oneSidedTests(input, margin.scale, alpha);
  if (tests === null) return { test: margin.test, scale: margin.scale, margin: margin.value, better, pLower: better === 'lower' ? null : 1, pUpper: better === 'higher' ? null : 1, pValue: 1, ci: [-Infinity, Infinity], level: 1 - 2 * alpha, shown: false, method: input.kind === 'score' ? 'score' : margin.scale === 'relative' ? 'fieller' : 'wald', warnings: [] };
  const pLower = better === 'lower' ? null : tests.pAbove(-margin.value);
  const pUpper = better === 'higher' ? null : tests.pBelow(margin.value);
  const pValue = Math.max(pLower ?? 0, pUpper ?? 0);
  const bounded = Number.isFinite(tests.ci[0]) && Number.isFinite(tests.ci[1]);
  return {
    test: margin.test,
    scale: margin.scale,
    margin: margin.value,
    better,
    pLower,
    pUpper,
    pValue,
    ci: tests.ci,
    level: 1 - 2 * alpha,
    shown: pValue < alpha && (bounded || tests.method !== 'fieller'),
    method: tests.method,
    warnings: tests.warnings,
  };
}

interface OneSidedTests {
  /** p of H₀: effect ≤ b. */
  readonly pAbove: (b: number) => number;
  /** p of H₀: effect ≥ b. */
  readonly pBelow: (b: number) => number;
  readonly ci: Interval;
  readonly method: MarginTestResult['method'];
  readonly warnings: StatsWarning[];
}

function oneSidedTests(input: MarginInput, scale: Margin['scale'], alpha: number): OneSidedTests | null {
  if (input.kind === 'score') return scoreTests(input, scale, alpha);
  const { comparison } = input;
  const reference: ReferenceDistribution = comparison.reference ?? { kind: 'normal' };
  const q = upperQuantile(reference, alpha);
  if (scale === 'absolute') {
    const { estimate, se } = comparison.absolute;
    if (!Number.isFinite(se) || !Number.isFinite(estimate)) return null;
    const statistic = (b: number): number => standardized(estimate - b, se);
    return { ...tails(statistic, reference), ci: [estimate - q * se, estimate + q * se], method: 'wald', warnings: [] };
  }
  const ratio = comparison.ratio;
  if (ratio === undefined || comparison.relative === null || !Number.isFinite(comparison.absolute.se)) return null;
  const statistic = (b: number): number => fiellerStatistic(ratio, b + ratio.offset);
  const fieller = relativeLiftAt(ratio, q, 'two', NaN, 'fieller');
  return { ...tails(statistic, reference), ci: fieller.estimate.ci, method: 'fieller', warnings: fieller.warnings };
}

function scoreTests(input: Extract<MarginInput, { kind: 'score' }>, scale: Margin['scale'], alpha: number): OneSidedTests | null {
  const { treatment: t, control: c, method } = input;
  if (!(t.n > 0 && c.n > 0)) return null;
  const q = upperQuantile({ kind: 'normal' }, alpha);
  const normal: ReferenceDistribution = { kind: 'normal' };
  if (scale === 'absolute') {
    const statistic = (b: number): number => scoreStatisticDifference(t, c, b, method);
    return { ...tails(statistic, normal), ci: invertScore(statistic, t.x / t.n - c.x / c.n, q, 'two', 'difference'), method: 'score', warnings: [] };
  }
  if (!(c.x > 0)) return { pAbove: () => 1, pBelow: () => 1, ci: [-Infinity, Infinity], method: 'score', warnings: [warning('NON_POSITIVE_CONTROL_MEAN', 'control has no conversions')] };
  const statistic = (b: number): number => scoreStatisticRatio(t, c, 1 + b, method);
  const [lower, upper] = invertScore((phi) => scoreStatisticRatio(t, c, phi, method), t.x / t.n / (c.x / c.n), q, 'two', 'ratio');
  return { ...tails(statistic, normal), ci: [lower - 1, upper - 1], method: 'score', warnings: [] };
}

/** One-sided p-values from a statistic that decreases in the null value b. */
function tails(statistic: (b: number) => number, reference: ReferenceDistribution): Pick<OneSidedTests, 'pAbove' | 'pBelow'> {
  const upper = (s: number): number => (reference.kind === 'normal' ? normalSurvival(s) : studentTSurvival(s, reference.df));
  const lower = (s: number): number => (reference.kind === 'normal' ? normalCdf(s) : studentTCdf(s, reference.df));
  return { pAbove: (b) => upper(statistic(b)), pBelow: (b) => lower(statistic(b)) };
}

/** (A − ρB) / √(V_A − 2ρC + ρ²V_B): the statistic Fieller's set inverts, at lift ρ − offset. */
function fiellerStatistic(ratio: RatioOfEstimates, rho: number): number {
  const variance = ratio.numeratorVariance - 2 * rho * ratio.covariance + rho * rho * ratio.denominatorVariance;
  return standardized(ratio.numerator - rho * ratio.denominator, Math.sqrt(Math.max(0, variance)));
}

/** x / se with 0/0 = 0 and x/0 = ±∞. */
function standardized(x: number, se: number): number {
  if (x === 0) return 0;
  if (!(se > 0)) return x > 0 ? Infinity : -Infinity;
  return x / se;
}
