import { normalSurvival } from './distributions/normalCdf.js';
import { normalQuantile } from './distributions/normalQuantile.js';
import { studentTSurvival } from './distributions/studentTCdf.js';
import { studentTQuantile } from './distributions/studentTQuantile.js';
import { compositeGaussLegendre } from './gaussLegendre10.js';
import { exp, expm1, log, log1p } from '../math/index.js';

/** One treatment-versus-control comparison of a many-to-one family. */
export interface DunnettHypothesis {
  /** Raw p-value of the comparison's own test (two-sided or one-sided, as `sides`). */
  readonly pValue: number;
  /**
   * λᵢ in [0, 1]: the statistics are correlated as Corr(Tᵢ, Tⱼ) = λᵢλⱼ (the shared control).
   * λᵢ² is the control's share of the variance of the difference: n_i/(n_i + n_0) with equal
   * variances, v_0/(v_0 + v_i) with each arm's own variance of its mean.
   */
  readonly lambda: number;
  /** Degrees of freedom of the comparison's Student t reference; Infinity for a normal reference. */
  readonly df: number;
}

export interface DunnettResult {
  /** Adjusted p-values: P(max_j |T_j| ≥ |tᵢ|) under the joint null (one-sided: max_j T_j ≥ tᵢ). */
  readonly adjusted: number[];
  /** The simultaneous critical value cᵢ: P(max_j |T_j| ≥ cᵢ) = alpha with hypothesis i's df. */
  readonly critical: number[];
  /**
   * The marginal level αᵢ = P(|Tᵢ| ≥ cᵢ) of each comparison's own test: its interval at 1 − αᵢ is
   * the simultaneous interval estimate ± cᵢ·se, and excludes 0 exactly when adjusted p < alpha.
   */
  readonly intervalAlphas: number[];
}

/** Half-range of the control's standard-normal statistic Z₀ (the mass beyond ±8.5 is 1.9e-17). */
const Z_REACH = 8.5;
/** Log-density drop at which the scale's range ends (e^−40 ≈ 4e-18 of the mode). */
const SCALE_REACH = 40;
/** Panel width in units of the integrand's scale: 10-point rules over four units keep ≈1e-7 relative at ν = 4, ≈1e-9 above ν = 10. */
const PANEL = 4;
/** From here on the t reference is the normal (Var(S) < 5e-8). */
const NORMAL_DF = 1e7;
const MAX_PANELS = 4000;

/**
 * Dunnett's many-to-one adjustment (Dunnett 1955, JASA 50:1096–1121) for k comparisons with one
 * shared control, from the joint distribution of their statistics.
 *
 * The one-factor structure of the shared control, Tⱼ = (λⱼZ₀ + √(1 − λⱼ²)Zⱼ)/S with Z₀, Zⱼ
 * independent standard normals and νS² ~ χ²_ν (S ≡ 1 for a normal reference), makes the
 * k-dimensional multivariate t probability a two-dimensional integral (Dunnett 1955 §3;
 * Hochberg & Tamhane 1987, "Multiple Comparison Procedures", §3.2.3):
 *
 *   P(max_j |T_j| ≥ c) = E_S E_Z₀ [1 − Π_j (1 − q_j)],
 *   q_j = Φ̄((cS − λⱼZ₀)/σⱼ) + Φ̄((cS + λⱼZ₀)/σⱼ),  σⱼ = √(1 − λⱼ²)
 *
 * (one-sided: q_j = Φ̄((cS − λⱼZ₀)/σⱼ)), computed as q₁ + (1 − q₁)(q₂ + …) so small
 * probabilities keep their relative accuracy. Both integrals are composite 10-point Gauss–Legendre
 * rules: Z₀ over ±8.5 in panels of at most four units (and of 4·minⱼ σⱼ/λⱼ, the scale on which q_j
 * turns), S over log S, whose density ∝ exp(ν(y − (e^{2y} − 1)/2)) is smooth, out to e^−40 of its
 * mode, in panels of at most four standard deviations (1/√(2ν)). Both weight sets are normalised to sum 1.
 * Deterministic; within 1e-7 relative of adaptive quadrature (test/fixtures/stats/make_dunnett_fixtures.py).
 *
 * Statistics come from the raw p-values through each comparison's own reference (|tᵢ| = F⁻¹(1 − pᵢ/2)),
 * so the adjustment applies to any test with a t or normal reference. With unequal degrees of
 * freedom (Welch), hypothesis i is evaluated with its own νᵢ for every statistic, as Hasler &
 * Hothorn (2008, Biometrical Journal 50:793–800) do for heteroscedastic many-to-one tests.
 *
 * Adjusted p-values are clamped to [pᵢ, min(1, k·pᵢ)] (the bounds hold exactly; the clamp only
 * removes quadrature rounding). Critical values by regula falsi (Illinois) on log P between the
 * marginal and the Šidák quantile, to 1e-12 in log P.
 * O(k · nodes) per probability; a few ms for k = 3.
 *
 * @example dunnettAdjust([{ pValue: 0.01, lambda: Math.SQRT1_2, df: Infinity }, { pValue: 0.2, lambda: Math.SQRT1_2, df: Infinity }], 'two', 0.05).adjusted[0] // ≈ 0.0195
 */
export function dunnettAdjust(hypotheses: readonly DunnettHypothesis[], sides: 'two' | 'one', alpha: number): DunnettResult {
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha ${alpha} must be in (0, 1)`);
  for (const { pValue, lambda, df } of hypotheses) {
    if (!(pValue >= 0 && pValue <= 1)) throw new RangeError(`p-value ${pValue} is outside [0, 1]`);
    if (!(lambda >= 0 && lambda <= 1)) throw new RangeError(`lambda ${lambda} is outside [0, 1]`);
    if (!(df > 0)) throw new RangeError(`degrees of freedom ${df} must be positive`);
  }
  const k = hypotheses.length;
  const lambdas = hypotheses.map(({ lambda }) => lambda);
  const twoSided = sides === 'two';
  const normal = normalGrid(lambdas);
  const criticalByDf = new Map<number, number>();
  const adjusted: number[] = [];
  const critical: number[] = [];
  const intervalAlphas: number[] = [];
  for (const { pValue, df } of hypotheses) {
    const reference = referenceOf(df, twoSided);
    const exceed = (c: number) => exceedance(c, lambdas, normal, scaleGrid(df), twoSided);
    const statistic = reference.upperQuantile(pValue);
    const raw = k === 1 || !Number.isFinite(statistic) || pValue === 1 ? pValue : exceed(statistic);
    adjusted.push(Math.min(Math.max(raw, pValue), Math.min(1, k * pValue)));
    // Šidák's level 1 − (1 − α)^{1/k} bounds Dunnett's critical value from above (Šidák 1967, JASA 62:626–633).
    const sidak = -expm1(log1p(-alpha) / k);
    if (!criticalByDf.has(df)) criticalByDf.set(df, k === 1 ? reference.upperQuantile(alpha) : solveCritical(exceed, reference.upperQuantile(alpha), reference.upperQuantile(sidak), alpha));
    const c = criticalByDf.get(df)!;
    critical.push(c);
    intervalAlphas.push(reference.tail(c));
  }
  return { adjusted, critical, intervalAlphas };
}

/** The marginal reference of one statistic: its tail probability and its inverse. */
function referenceOf(df: number, twoSided: boolean): { tail: (c: number) => number; upperQuantile: (p: number) => number } {
  const survival = df >= NORMAL_DF ? normalSurvival : (c: number) => studentTSurvival(c, df);
  const lower = df >= NORMAL_DF ? normalQuantile : (p: number) => studentTQuantile(p, df);
  const sidesFactor = twoSided ? 2 : 1;
  return { tail: (c) => sidesFactor * survival(c), upperQuantile: (p) => -lower(p / sidesFactor) };
}

interface Grid {
  readonly nodes: number[];
  readonly weights: number[];
}

/** Z₀'s nodes, weighted by the standard normal density. */
function normalGrid(lambdas: readonly number[]): Grid {
  const steepest = Math.min(1, ...lambdas.filter((lambda) => lambda > 0).map((lambda) => Math.sqrt(Math.max(0, 1 - lambda * lambda)) / lambda));
  const panels = Math.min(MAX_PANELS, Math.ceil((2 * Z_REACH) / (PANEL * Math.max(steepest, 1e-12))));
  const { nodes, weights } = compositeGaussLegendre(-Z_REACH, Z_REACH, panels);
  return normalised(nodes, weights.map((weight, i) => weight * exp(-0.5 * nodes[i] * nodes[i])));
}

/** Nodes of S = √(χ²_ν/ν), integrated over y = log S (a point mass at 1 for a normal reference). */
function scaleGrid(df: number): Grid {
  if (df >= NORMAL_DF) return { nodes: [1], weights: [1] };
  const logDensity = (y: number) => df * (y - expm1(2 * y) / 2);
  const low = bisect(logDensity, -SCALE_REACH / df - 2, 0);
  const high = bisect(logDensity, 10, 0);
  const width = PANEL * Math.min(1, 1 / Math.sqrt(2 * df));
  const { nodes, weights } = compositeGaussLegendre(low, high, Math.min(MAX_PANELS, Math.ceil((high - low) / width)));
  return normalised(nodes.map((y) => exp(y)), weights.map((weight, i) => weight * exp(logDensity(nodes[i]))));
}

/** The point between `outside` (log density < −SCALE_REACH) and the mode where it is −SCALE_REACH. */
function bisect(logDensity: (y: number) => number, outside: number, mode: number): number {
  let [far, near] = [outside, mode];
  for (let step = 0; step < 60; step++) {
    const middle = (far + near) / 2;
    if (logDensity(middle) < -SCALE_REACH) far = middle;
    else near = middle;
  }
  return far;
}

function normalised(nodes: number[], weights: number[]): Grid {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return { nodes, weights: weights.map((weight) => weight / total) };
}

/** P(max_j |T_j| ≥ c) (one-sided: max_j T_j ≥ c). */
function exceedance(c: number, lambdas: readonly number[], normal: Grid, scale: Grid, twoSided: boolean): number {
  const inverseSigmas = lambdas.map((lambda) => 1 / Math.sqrt(Math.max(0, 1 - lambda * lambda)));
  let total = 0;
  for (let a = 0; a < scale.nodes.length; a++) {
    if (scale.weights[a] < 1e-18) continue;
    const limit = c * scale.nodes[a];
    let inner = 0;
    for (let b = 0; b < normal.nodes.length; b++) {
      const z = normal.nodes[b];
      // P(any exceeds) = q₁ + (1 − q₁)(q₂ + (1 − q₂)(…)): no cancellation when every q is small.
      let any = 0;
      for (let j = 0; j < lambdas.length; j++) {
        const shift = lambdas[j] * z;
        const q = Math.min(1, normalSurvival((limit - shift) * inverseSigmas[j]) + (twoSided ? normalSurvival((limit + shift) * inverseSigmas[j]) : 0));
        any = q + (1 - q) * any;
      }
      inner += normal.weights[b] * any;
    }
    total += scale.weights[a] * inner;
  }
  return Math.min(1, total);
}

/** c with exceed(c) = alpha, between `low` (exceed ≥ alpha) and `high` (exceed ≤ alpha), on the log scale. */
function solveCritical(exceed: (c: number) => number, low: number, high: number, alpha: number): number {
  const target = log(alpha);
  const g = (c: number) => log(Math.max(exceed(c), Number.MIN_VALUE)) - target;
  let [a, b] = [low, high];
  let [ga, gb] = [g(a), g(b)];
  if (!(ga > 0)) return a;
  if (!(gb < 0)) return b;
  let side = 0;
  for (let step = 0; step < 100 && b - a > 1e-12 * b; step++) {
    const c = (a * gb - b * ga) / (gb - ga);
    const gc = g(c);
    if (Math.abs(gc) < 1e-12) return c;
    if (gc > 0) {
      [a, ga] = [c, gc];
      if (side === 1) gb /= 2;
      side = 1;
    } else {
      [b, gb] = [c, gc];
      if (side === -1) ga /= 2;
      side = -1;
    }
  }
  return (a + b) / 2;
}
