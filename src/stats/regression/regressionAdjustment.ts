import { regressionDimension, type RegressionSums } from './regressionSums.js';

/** Treatment effect of a covariate-adjusted regression, with its sandwich covariance. */
export interface RegressionAdjustment {
  /** Slope of each covariate (NaN when its column was dropped as constant or collinear). */
  readonly slopes: number[];
  /** Treatment coefficient Δ (adjusted difference of means) and its robust variance. */
  readonly estimate: number;
  readonly variance: number;
  /** The variance's parts from the control and treatment arms' units (sum = variance). */
  readonly armVariances: readonly [number, number];
  /** Unadjusted arm means' variances, var_k(y)/n_k (sample variance). */
  readonly unadjustedVariances: readonly [number, number];
  /** Robust variance of the control mean ȳ_c and its covariance with Δ (same sandwich, same factor). */
  readonly controlMeanVariance: number;
  readonly covariance: number;
  /** Regressors kept (intercept and treatment included), observations and independent units. */
  readonly parameters: number;
  readonly observations: number;
  readonly units: number;
  /** Small-sample factor applied to the sandwich (HC1 or CR1). */
  readonly factor: number;
}

/**
 * Regression adjustment by the pooled-slope OLS  y = β₀ + Δ·T + Σⱼ θⱼ w̃ⱼ + Σⱼ γⱼ mⱼ + e  over both
 * arms (w̃ⱼ: covariate j, shift-imputed where missing; mⱼ: its missing indicator), with the
 * heteroskedasticity-robust HC1 sandwich (MacKinnon & White 1985: HC0 × N/(N − p)) or, when the
 * units are clusters, the cluster-robust CR1 one (Cameron & Miller 2015, "A practitioner's guide
 * to cluster-robust inference", J. Human Resources 50:317–372: × G/(G − 1) · (N − 1)/(N − p)), as
 * statsmodels `OLS(...).fit(cov_type='HC1')` / `cov_type='cluster'`. With one covariate and none
 * missing Δ is CUPED's (Deng et al. 2013) with θ pooled across arms.
 *
 * Also the robust covariance of Δ with the unadjusted control mean ȳ_c (stacked estimating
 * equations: ψ_g = Σ_{i∈g} xᵢeᵢ and φ_g = Σ_{i∈g}(yᵢ − ȳ_c)/n_c), for Fieller's interval of Δ/ȳ_c.
 * Columns that are constant or collinear (an indicator of a covariate never missing) are dropped.
 * Returns null when the treatment column itself is not estimable. O(s²) in the sums' size.
 */
export function regressionAdjustment(control: RegressionSums, treatment: RegressionSums, clustered: boolean): RegressionAdjustment | null {
  return fitColumns(control, treatment, clustered, regressionDimension(control.covariates));
}

/**
 * The same sandwich variance for the unadjusted difference of means (the regression on the
 * intercept and the treatment only): with clusters, CUPED's variance reduction is measured
 * against this CR1 variance rather than the row-level var_k(y)/n_k.
 */
export function unadjustedSandwichVariance(control: RegressionSums, treatment: RegressionSums, clustered: boolean): number {
  return fitColumns(control, treatment, clustered, 2)?.variance ?? Infinity;
}

/** The fit on the first `columns` regressors of x = (1, T, w̃…, m…). */
function fitColumns(control: RegressionSums, treatment: RegressionSums, clustered: boolean, columns: number): RegressionAdjustment | null {
  const q = control.covariates;
  if (treatment.covariates !== q) throw new Error('regressionAdjustment: arms with different covariates');
  const d = regressionDimension(q);
  const arms = [control, treatment] as const;
  const full = arms.map((arm) => symmetric(arm.cross, d));
  // x = (1, T, w̃…, m…): index j of x is index j of v except j = 1 (y in v, T in x).
  const xv = (j: number): number => (j === 1 ? 0 : j);
  const tOf = (j: number, k: number): number => (j === 1 ? k : 1);
  const gram = Array.from({ length: d }, (_, j) => Array.from({ length: d }, (_, l) => arms.reduce((sum, _arm, k) => sum + tOf(j, k) * tOf(l, k) * full[k][xv(j)][xv(l)], 0)));
  const xy = Array.from({ length: d }, (_, j) => arms.reduce((sum, _arm, k) => sum + tOf(j, k) * full[k][xv(j)][1], 0));
  const kept = independentColumns(gram).filter((j) => j < columns);
  if (!kept.includes(0) || !kept.includes(1)) return null;
  const inverse = invert(kept.map((j) => kept.map((l) => gram[j][l])));
  if (inverse === null) return null;
  const b = new Array<number>(d).fill(0);
  const h = new Array<number>(d).fill(0);
  kept.forEach((j, r) => {
    b[j] = kept.reduce((sum, l, c) => sum + inverse[r][c] * xy[l], 0);
    h[j] = inverse[r][kept.indexOf(1)];
  });
  const n = arms.map((arm) => arm.cross[0]);
  const controlMean = full[0][0][1] / n[0];
  const s = (d * (d + 1)) / 2;
  const meat = arms.map((arm, k) => {
    // Unit score of Δ: gᵀ Q_g c with c = e_y − (coefficients mapped to v), g = hᵀ mapped to v.
    const c = new Array<number>(d).fill(0);
    const g = new Array<number>(d).fill(0);
    c[1] = 1;
    c[0] = -b[0] - k * b[1];
    g[0] = h[0] + k * h[1];
    for (let j = 2; j < d; j++) {
      c[j] = -b[j];
      g[j] = h[j];
    }
    const omega = bilinearWeights(g, c, d);
    const rho = new Array<number>(s).fill(0);
    rho[0] = -controlMean / n[0];
    rho[1] = 1 / n[0];
    const quad = (u: readonly number[], w: readonly number[]) => quadratic(arm.fourth, u, w, s);
    return { delta: quad(omega, omega), mean: k === 0 ? quad(rho, rho) : 0, cross: k === 0 ? quad(omega, rho) : 0 };
  });
  const observations = n[0] + n[1];
  const units = control.units + treatment.units;
  const p = kept.length;
  const factor = clustered ? (units / (units - 1)) * ((observations - 1) / (observations - p)) : observations / (observations - p);
  const armVariances = [factor * meat[0].delta, factor * meat[1].delta] as const;
  const unadjusted = full.map((m, k) => Math.max(0, m[1][1] - (m[0][1] * m[0][1]) / n[k]) / (n[k] - 1) / n[k]);
  // Rounding can leave a true zero slightly negative (fourth-order sums); keep the 2 × 2 covariance
  // of (Δ, ȳ_c) positive semi-definite so Fieller's set stays the one the test inverts.
  const variance = armVariances[0] + armVariances[1];
  const controlMeanVariance = Math.max(0, factor * meat[0].mean);
  const bound = Math.sqrt(Math.max(0, variance) * controlMeanVariance);
  return {
    slopes: Array.from({ length: q }, (_, j) => (kept.includes(2 + j) ? b[2 + j] : NaN)),
    estimate: b[1],
    variance,
    armVariances,
    unadjustedVariances: [unadjusted[0], unadjusted[1]],
    controlMeanVariance,
    covariance: Math.min(bound, Math.max(-bound, factor * meat[0].cross)),
    parameters: p,
    observations,
    units,
    factor,
  };
}

/** Full symmetric d × d matrix from its row-major upper triangle. */
function symmetric(upper: readonly number[], d: number): number[][] {
  const m = Array.from({ length: d }, () => new Array<number>(d).fill(0));
  let k = 0;
  for (let a = 0; a < d; a++) for (let b = a; b < d; b++) m[a][b] = m[b][a] = upper[k++];
  return m;
}

/** Weights ω on c(Q) such that ωᵀc(Q) = gᵀQc for every symmetric Q. */
function bilinearWeights(g: readonly number[], c: readonly number[], d: number): number[] {
  const w: number[] = [];
  for (let a = 0; a < d; a++) for (let b = a; b < d; b++) w.push(a === b ? g[a] * c[a] : g[a] * c[b] + g[b] * c[a]);
  return w;
}

/** uᵀ F w with F the symmetric s × s matrix stored as its row-major upper triangle. */
function quadratic(upper: readonly number[], u: readonly number[], w: readonly number[], s: number): number {
  let total = 0;
  let k = 0;
  for (let i = 0; i < s; i++) {
    for (let j = i; j < s; j++) {
      const f = upper[k++];
      total += i === j ? f * u[i] * w[i] : f * (u[i] * w[j] + u[j] * w[i]);
    }
  }
  return total;
}

/**
 * Columns of a Gram matrix kept in order when each adds information: the squared residual of
 * column j on the columns kept before it, G_jj − g_jKᵀ G_KK⁻¹ g_jK, exceeds 1e-10 of G_jj.
 */
function independentColumns(gram: readonly number[][]): number[] {
  const kept: number[] = [];
  for (let j = 0; j < gram.length; j++) {
    if (!(gram[j][j] > 0)) continue;
    const inverse = kept.length === 0 ? [] : invert(kept.map((a) => kept.map((b) => gram[a][b])));
    if (inverse === null) continue;
    let explained = 0;
    kept.forEach((a, r) => kept.forEach((b, c) => (explained += gram[j][a] * inverse[r][c] * gram[b][j])));
    if (gram[j][j] - explained > 1e-10 * gram[j][j]) kept.push(j);
  }
  return kept;
}

/** Inverse of a small symmetric positive-definite matrix by Gauss–Jordan with partial pivoting. */
function invert(matrix: number[][]): number[][] | null {
  const p = matrix.length;
  const a = matrix.map((row, i) => [...row, ...Array.from({ length: p }, (_, j) => (i === j ? 1 : 0))]);
  for (let col = 0; col < p; col++) {
    let pivot = col;
    for (let r = col + 1; r < p; r++) if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
    if (!(Math.abs(a[pivot][col]) > 0)) return null;
    [a[col], a[pivot]] = [a[pivot], a[col]];
    const scale = a[col][col];
    for (let c = 0; c < 2 * p; c++) a[col][c] /= scale;
    for (let r = 0; r < p; r++) {
      if (r === col) continue;
      const factor = a[r][col];
      if (factor !== 0) for (let c = 0; c < 2 * p; c++) a[r][c] -= factor * a[col][c];
    }
  }
  return a.map((row) => row.slice(p));
}
