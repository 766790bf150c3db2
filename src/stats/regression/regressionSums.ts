/**
 * Streaming sums for regression adjustment (CUPED with several covariates, missing pre-period
 * values and clusters), one set per arm.
 *
 * Per row, v = (1, y, w̃₁ … w̃_q, m₁ … m_q): the metric y, each covariate w̃ⱼ (the value, or the
 * column's shift when missing — with the missing indicator mⱼ in the model the imputed value
 * changes neither the treatment coefficient nor its standard error, since the columns span the
 * same space) and its missing indicator. d = 2 + 2q. Stored, with c(Q) the upper triangle of a
 * symmetric d × d matrix Q (s = d(d + 1)/2 entries, row-major):
 *
 *   units   G = number of independent units (rows, or clusters with `--cluster`)
 *   cross   c(Σᵢ vᵢvᵢᵀ)                         (X'X and X'y of every regression below)
 *   fourth  upper triangle of Σ_g c(Q_g) c(Q_g)ᵀ  with Q_g = Σ_{i ∈ unit g} vᵢvᵢᵀ
 *
 * Every unit's estimating-equation score of the regression (Σ_{i∈g} xᵢeᵢ) and of the control mean
 * (Σ_{i∈g}(yᵢ − ȳ)) is linear in c(Q_g), so `fourth` gives their exact sandwich ("meat") matrix
 * without storing a row: the fourth-order cross-products of v for rows, the squared per-cluster
 * X'X and X'y for clusters. Sums are of shifted values (y − K, w − L), to which the regression
 * with an intercept is invariant.
 */
export interface RegressionSums {
  /** q: number of covariates. */
  readonly covariates: number;
  /** G: rows (or clusters) added. */
  readonly units: number;
  /** True when the units are clusters (cluster-robust CR1 instead of HC1). */
  readonly clustered?: boolean;
  /**
   * True for a ratio metric's raw sums: v = (1, x, d, x₀₁ … x₀_q, d₀₁ … d₀_q, m₁ … m_q), d = 3 + 3q
   * (unshifted; see `linearisedRatioSums`, which maps them to the v above before the fit).
   */
  readonly ratio?: boolean;
  /**
   * A ratio's shifts (K_R, K_d, K_R0₁…K_R0_q, K_d0₁…K_d0_q): the sums are of x − K_R·d, d − K_d,
   * x₀ⱼ − K_R0ⱼ·d₀ⱼ and d₀ⱼ − K_d0ⱼ (0 where missing), so a ratio near a constant keeps its
   * fourth-order sums small. The same for both arms of a comparison. Absent: all 0.
   */
  readonly shifts?: readonly number[];
  /** c(Σ vvᵀ), length s. */
  readonly cross: readonly number[];
  /** Upper triangle of Σ_g c(Q_g)c(Q_g)ᵀ, length s(s + 1)/2. */
  readonly fourth: readonly number[];
}

/** d = 2 + 2q: the length of v (3 + 3q for a ratio metric's raw sums). */
export function regressionDimension(covariates: number, ratio = false): number {
  return ratio ? 3 + 3 * covariates : 2 + 2 * covariates;
}

/** Length of a flat accumulator for q covariates: 1 (units) + s + s(s + 1)/2. */
export function regressionSumsLength(covariates: number, ratio = false): number {
  const d = regressionDimension(covariates, ratio);
  const s = (d * (d + 1)) / 2;
  return 1 + s + (s * (s + 1)) / 2;
}

/** Write c(vvᵀ) (the upper triangle of one row's outer product) into `out`. O(d²). */
export function rowCrossProducts(v: ArrayLike<number>, d: number, out: Float64Array): void {
  let k = 0;
  for (let a = 0; a < d; a++) {
    const va = v[a];
    for (let b = a; b < d; b++) out[k++] = va * v[b];
  }
}

/**
 * Add one unit, given its c(Q_g) (`upper`, length s), to a flat accumulator at `offset`
 * (layout of {@link regressionSumsLength}). Zero entries (absent indicators) are skipped. O(s²).
 */
export function addRegressionUnit(target: Float64Array, offset: number, upper: Float64Array, s: number): void {
  target[offset] += 1;
  const cross = offset + 1;
  for (let i = 0; i < s; i++) target[cross + i] += upper[i];
  let o = cross + s;
  for (let i = 0; i < s; i++) {
    const ci = upper[i];
    if (ci === 0) {
      o += s - i;
      continue;
    }
    for (let j = i; j < s; j++) target[o++] += ci * upper[j];
  }
}

/** {@link RegressionSums} of a flat accumulator. */
export function regressionSumsOf(flat: ArrayLike<number>, offset: number, covariates: number, clustered = false, ratio = false): RegressionSums {
  const d = regressionDimension(covariates, ratio);
  const s = (d * (d + 1)) / 2;
  const cross = Array.from({ length: s }, (_, i) => flat[offset + 1 + i]);
  const fourth = Array.from({ length: (s * (s + 1)) / 2 }, (_, i) => flat[offset + 1 + s + i]);
  return { covariates, units: flat[offset], cross, fourth, ...(clustered ? { clustered } : {}), ...(ratio ? { ratio } : {}) };
}

/** Sums of two disjoint sets of units (same covariates and shifts). */
export function addRegressionSums(a: RegressionSums, b: RegressionSums): RegressionSums {
  if (a.covariates !== b.covariates || a.ratio !== b.ratio || String(a.shifts ?? []) !== String(b.shifts ?? [])) throw new Error('addRegressionSums: different numbers of covariates or shifts');
  return { ...(a.clustered ? { clustered: true } : {}), ...(a.ratio ? { ratio: true } : {}), ...(a.shifts ? { shifts: a.shifts } : {}), covariates: a.covariates, units: a.units + b.units, cross: a.cross.map((x, i) => x + b.cross[i]), fourth: a.fourth.map((x, i) => x + b.fourth[i]) };
}

/**
 * Regression sums of one arm's raw rows (tests, simulations): `covariates[j][i]` is NaN when
 * missing; `clusters[i]` the row's cluster (omit for independent rows). The shifts must be the
 * same for every arm of a comparison (the CSV pass uses each column's first value). O(n·s²).
 */
export function regressionSumsFromValues(
  y: ArrayLike<number>,
  covariates: ReadonlyArray<ArrayLike<number>>,
  shifts: { readonly y: number; readonly covariates: readonly number[] },
  clusters?: ArrayLike<number | string>,
): RegressionSums {
  const q = covariates.length;
  const d = regressionDimension(q);
  const s = (d * (d + 1)) / 2;
  const flat = new Float64Array(regressionSumsLength(q));
  const v = new Float64Array(d);
  const upper = new Float64Array(s);
  const byCluster = new Map<number | string, Float64Array>();
  for (let i = 0; i < y.length; i++) {
    v[0] = 1;
    v[1] = y[i] - shifts.y;
    for (let j = 0; j < q; j++) {
      const w = covariates[j][i];
      const missing = Number.isNaN(w);
      v[2 + j] = missing ? 0 : w - shifts.covariates[j];
      v[2 + q + j] = missing ? 1 : 0;
    }
    rowCrossProducts(v, d, upper);
    if (clusters === undefined) addRegressionUnit(flat, 0, upper, s);
    else {
      const key = clusters[i];
      const total = byCluster.get(key) ?? new Float64Array(s);
      for (let k = 0; k < s; k++) total[k] += upper[k];
      byCluster.set(key, total);
    }
  }
  for (const total of byCluster.values()) addRegressionUnit(flat, 0, total, s);
  return regressionSumsOf(flat, 0, q, clusters !== undefined);
}
