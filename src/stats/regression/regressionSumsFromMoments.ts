import { regressionDimension, type RegressionSums } from './regressionSums.js';

/**
 * Power sums of one arm's metric x and one covariate z up to the fourth order, around shifts
 * (x − K, z − L; the same K and L in every arm of a comparison), as a warehouse `GROUP BY` or a
 * simulator can send them instead of rows. A unit without a covariate value counts as z = L
 * (0 after shifting), so it adds to the powers of x alone; its missing indicator m needs the
 * sums of `missing`.
 */
export interface CovariateMoments {
  /** power[a][b] = Σ (x − K)ᵃ(z − L)ᵇ over every unit, for a + b ≤ 4 (power[0][0] = n). */
  readonly power: readonly (readonly number[])[];
  /** missing[p] = Σ (x − K)ᵖ over the units without a covariate value, p = 0…3 (absent: none). */
  readonly missing?: readonly number[];
}

/** Exponents of x, z and the missing indicator m in each entry of v = (1, x, z, m). */
const V: readonly (readonly [number, number, number])[] = [
  [0, 0, 0],
  [1, 0, 0],
  [0, 1, 0],
  [0, 0, 1],
];

/**
 * The {@link RegressionSums} of one covariate (q = 1) from power sums: each entry of c(vvᵀ) and of
 * c(vvᵀ)c(vvᵀ)ᵀ with v = (1, x, z, m) is a monomial xᵖzʳmᵗ, whose sum is power[p][r] when t = 0,
 * missing[p] when t > 0 and r = 0 (m² = m), and 0 when t > 0 and r > 0 (z = L, so z − L = 0, where
 * m = 1). Exactly the sums the CSV pass accumulates row by row (`regressionSumsFromValues`), so
 * `regressionAdjustment` gives the same HC1 fit. Units are rows (not clusters). O(1).
 */
export function regressionSumsFromMoments(moments: CovariateMoments): RegressionSums {
  const d = regressionDimension(1);
  const entries: (readonly [number, number, number])[] = [];
  for (let a = 0; a < d; a++) for (let b = a; b < d; b++) entries.push([V[a][0] + V[b][0], V[a][1] + V[b][1], V[a][2] + V[b][2]]);
  const sumOf = ([p, r, t]: readonly [number, number, number]): number => {
    if (t === 0) return moments.power[p]?.[r] ?? NaN;
    if (r > 0) return 0;
    return moments.missing?.[p] ?? 0;
  };
  const cross = entries.map(sumOf);
  const fourth: number[] = [];
  for (let i = 0; i < entries.length; i++) {
    for (let j = i; j < entries.length; j++) fourth.push(sumOf([entries[i][0] + entries[j][0], entries[i][1] + entries[j][1], entries[i][2] + entries[j][2]]));
  }
  return { covariates: 1, units: moments.power[0][0], cross, fourth };
}
