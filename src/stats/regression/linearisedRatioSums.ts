import { addRegressionUnit, regressionDimension, regressionSumsLength, regressionSumsOf, rowCrossProducts, type RegressionSums } from './regressionSums.js';

/** A ratio metric's regression sums mapped to the linearised metric and covariates of both arms. */
export interface LinearisedRatioSums {
  readonly control: RegressionSums;
  readonly treatment: RegressionSums;
  /** The arms' ratios R_k = Σx/Σd (the means of the linearised metric y). */
  readonly ratios: readonly [number, number];
}

/**
 * Map two arms' raw ratio sums (`RegressionSums` with `ratio: true`, v = (1, x, d, x₀…, d₀…, m…))
 * to the sums of v' = (1, y, w̃₁ … w̃_q, m₁ … m_q) that `regressionAdjustment` fits, where in arm k
 * (delta method; Deng, Knoblich & Lu, KDD 2018 §3):
 *
 *   y  = R_k + (x − R_k·d) / d̄_k,                 R_k = Σx/Σd, d̄_k = Σd/n_k (arm mean of y: R_k)
 *   w̃ⱼ = R₀ⱼₖ + (x₀ⱼ − R₀ⱼₖ·d₀ⱼ) / d̄₀ⱼₖ           where covariate j is present (R₀ⱼₖ, d̄₀ⱼₖ over
 *        those rows of arm k), else w̄ⱼ, the pooled mean Σₖ n₀ⱼₖR₀ⱼₖ / Σₖ n₀ⱼₖ of the present rows.
 *
 * The sums are of y − R_c and w̃ⱼ − w̄ⱼ (shifts common to both arms, which the intercept absorbs:
 * Δ, the slopes and every variance are unchanged, and the sums stay small).
 * v' = A_k v is linear in v (x₀ⱼ = d₀ⱼ = 0 where mⱼ = 1), so with Q_g' = A_k Q_g A_kᵀ each
 * unit's c(Q_g') = L_k c(Q_g): cross' = L_k cross and fourth' = L_k F L_kᵀ, exact. The ratios,
 * means and scales are those of the data, treated as known (first-order delta method). O(s²s').
 */
export function linearisedRatioSums(control: RegressionSums, treatment: RegressionSums): LinearisedRatioSums {
  const q = control.covariates;
  if (!control.ratio || !treatment.ratio || treatment.covariates !== q) throw new Error('linearisedRatioSums: two arms of raw ratio sums with the same covariates');
  const D = regressionDimension(q, true);
  if (String(control.shifts ?? []) !== String(treatment.shifts ?? [])) throw new Error('linearisedRatioSums: arms with different shifts');
  const arms = [control, treatment];
  const unshift = unshifting(control.shifts, q);
  // Row 0 of Σvvᵀ in raw values: n, Σx, Σd, Σx₀…, Σd₀… (present rows), Σm….
  const first = arms.map((arm) => unshift.map((row) => row.reduce((sum, value, c) => sum + value * arm.cross[c], 0)));
  const present = (k: number, j: number) => first[k][0] - first[k][3 + 2 * q + j];
  const preRatio = (k: number, j: number) => first[k][3 + j] / first[k][3 + q + j];
  const pooled = Array.from({ length: q }, (_, j) => {
    let count = 0;
    let total = 0;
    for (let k = 0; k < 2; k++) {
      if (present(k, j) > 0) {
        count += present(k, j);
        total += present(k, j) * preRatio(k, j);
      }
    }
    return count > 0 ? total / count : 0;
  });
  const mapped = arms.map((arm, k) => {
    const d = regressionDimension(q);
    const A = Array.from({ length: d }, () => new Array<number>(D).fill(0));
    const [n, sx, sd] = first[k];
    const ratio = sx / sd;
    const scale = sd / n;
    A[0][0] = 1;
    // Common shifts (y − R_c, w̃ⱼ − w̄ⱼ: the intercept absorbs them) keep the fit's sums small.
    A[1][0] = ratio - first[0][1] / first[0][2];
    A[1][1] = 1 / scale;
    A[1][2] = -ratio / scale;
    for (let j = 0; j < q; j++) {
      const row = A[2 + j];
      const m = 3 + 2 * q + j;
      if (present(k, j) > 0) {
        const r0 = preRatio(k, j);
        const scale0 = first[k][3 + q + j] / present(k, j);
        row[0] = r0 - pooled[j];
        row[3 + j] = 1 / scale0;
        row[3 + q + j] = -r0 / scale0;
        row[m] = pooled[j] - r0;
      }
      A[2 + q + j][m] = 1;
    }
    // v_raw = S v_stored, so v' = A_k S v_stored.
    const AS = A.map((row) => unshift[0].map((_, c) => row.reduce((sum, value, i) => sum + value * unshift[i][c], 0)));
    return transform(arm, AS, D, d);
  });
  return { control: mapped[0], treatment: mapped[1], ratios: [first[0][1] / first[0][2], first[1][1] / first[1][2]] };
}

/**
 * S with v_raw = S v_stored (D × D): x = x' + K_R·d' + K_R·K_d, d = d' + K_d,
 * x₀ⱼ = x₀ⱼ' + K_R0ⱼ·d₀ⱼ' + K_R0ⱼ·K_d0ⱼ·(1 − mⱼ), d₀ⱼ = d₀ⱼ' + K_d0ⱼ·(1 − mⱼ) (0 where missing).
 */
function unshifting(shifts: readonly number[] | undefined, q: number): number[][] {
  const D = regressionDimension(q, true);
  const S = Array.from({ length: D }, (_, i) => Array.from({ length: D }, (_, j): number => (i === j ? 1 : 0)));
  if (shifts === undefined) return S;
  const pair = (x: number, d: number, kr: number, kd: number, m: number) => {
    S[d][0] = kd;
    S[x][d] = kr;
    S[x][0] = kr * kd;
    if (m >= 0) {
      S[d][m] = -kd;
      S[x][m] = -kr * kd;
    }
  };
  pair(1, 2, shifts[0], shifts[1], -1);
  for (let j = 0; j < q; j++) pair(3 + j, 3 + q + j, shifts[2 + j], shifts[2 + q + j], 3 + 2 * q + j);
  return S;
}

/** Sums of v' = A v given those of v: cross' = L cross, fourth' = L F Lᵀ with c(AQAᵀ) = L c(Q). */
function transform(arm: RegressionSums, A: readonly number[][], D: number, d: number): RegressionSums {
  const s = (D * (D + 1)) / 2;
  const t = (d * (d + 1)) / 2;
  const L = Array.from({ length: t }, () => new Array<number>(s).fill(0));
  let r = 0;
  for (let a = 0; a < d; a++) {
    for (let b = a; b < d; b++, r++) {
      let c = 0;
      for (let i = 0; i < D; i++) {
        for (let j = i; j < D; j++, c++) L[r][c] = i === j ? A[a][i] * A[b][i] : A[a][i] * A[b][j] + A[a][j] * A[b][i];
      }
    }
  }
  const F = Array.from({ length: s }, () => new Array<number>(s).fill(0));
  let f = 0;
  for (let i = 0; i < s; i++) for (let j = i; j < s; j++) F[i][j] = F[j][i] = arm.fourth[f++];
  // M = F Lᵀ (s × t), then the upper triangle of L M.
  const M = F.map((row) => L.map((l) => l.reduce((sum, value, c) => (value === 0 ? sum : sum + value * row[c]), 0)));
  const fourth: number[] = [];
  for (let a = 0; a < t; a++) {
    for (let b = a; b < t; b++) fourth.push(L[a].reduce((sum, value, c) => (value === 0 ? sum : sum + value * M[c][b]), 0));
  }
  const cross = L.map((l) => l.reduce((sum, value, c) => sum + value * arm.cross[c], 0));
  return { covariates: arm.covariates, units: arm.units, cross, fourth, ...(arm.clustered ? { clustered: true } : {}) };
}

/**
 * Raw ratio regression sums of one arm's rows (tests): numerator x, denominator d, each
 * covariate's pre-period numerator and denominator (NaN in either: missing), and optionally the
 * row's cluster. O(n·s²).
 */
export function ratioRegressionSumsFromValues(
  x: ArrayLike<number>,
  d: ArrayLike<number>,
  covariates: ReadonlyArray<{ readonly numerator: ArrayLike<number>; readonly denominator: ArrayLike<number> }>,
  clusters?: ArrayLike<number | string>,
  shifts?: readonly number[],
): RegressionSums {
  const q = covariates.length;
  const D = regressionDimension(q, true);
  const s = (D * (D + 1)) / 2;
  const flat = new Float64Array(regressionSumsLength(q, true));
  const v = new Float64Array(D);
  const upper = new Float64Array(s);
  const byCluster = new Map<number | string, Float64Array>();
  for (let i = 0; i < x.length; i++) {
    ratioRow(v, x[i], d[i], (j) => covariates[j].numerator[i], (j) => covariates[j].denominator[i], q, shifts);
    rowCrossProducts(v, D, upper);
    if (clusters === undefined) addRegressionUnit(flat, 0, upper, s);
    else {
      const total = byCluster.get(clusters[i]) ?? new Float64Array(s);
      for (let k = 0; k < s; k++) total[k] += upper[k];
      byCluster.set(clusters[i], total);
    }
  }
  for (const total of byCluster.values()) addRegressionUnit(flat, 0, total, s);
  const sums = regressionSumsOf(flat, 0, q, clusters !== undefined, true);
  return shifts ? { ...sums, shifts } : sums;
}

/**
 * Fill v = (1, x − K_R·d, d − K_d, x₀ − K_R0·d₀…, d₀ − K_d0…, m…) of one row (a covariate is
 * missing when either part is NaN; its entries are then 0); `shifts` as `RegressionSums.shifts`.
 */
export function ratioRow(v: Float64Array, x: number, d: number, numerator: (j: number) => number, denominator: (j: number) => number, q: number, shifts?: ArrayLike<number>): void {
  const k = (i: number) => (shifts === undefined ? 0 : shifts[i]);
  v[0] = 1;
  v[1] = x - k(0) * d;
  v[2] = d - k(1);
  for (let j = 0; j < q; j++) {
    const x0 = numerator(j);
    const d0 = denominator(j);
    const missing = x0 !== x0 || d0 !== d0;
    v[3 + j] = missing ? 0 : x0 - k(2 + j) * d0;
    v[3 + q + j] = missing ? 0 : d0 - k(2 + q + j);
    v[3 + 2 * q + j] = missing ? 1 : 0;
  }
}

/**
 * Set the shifts a ratio's regression sums are taken around from a row (`shifts` NaN until set):
 * K_R = x/d and K_d = d from the metric's first row, K_R0ⱼ = x₀ⱼ/d₀ⱼ and K_d0ⱼ = d₀ⱼ from the
 * first row where pair j is present (a zero denominator gives a ratio shift of 0).
 */
export function setRatioShifts(shifts: Float64Array, x: number, d: number, numerator: (j: number) => number, denominator: (j: number) => number, q: number): void {
  if (shifts[1] !== shifts[1]) {
    shifts[0] = d !== 0 && Number.isFinite(x / d) ? x / d : 0;
    shifts[1] = d;
  }
  for (let j = 0; j < q; j++) {
    if (shifts[2 + q + j] === shifts[2 + q + j]) continue;
    const x0 = numerator(j);
    const d0 = denominator(j);
    if (x0 !== x0 || d0 !== d0) continue;
    shifts[2 + j] = d0 !== 0 && Number.isFinite(x0 / d0) ? x0 / d0 : 0;
    shifts[2 + q + j] = d0;
  }
}
