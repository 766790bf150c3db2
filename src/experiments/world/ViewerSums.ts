import { VIEWER_VARIABLES } from '../schema/metrics.js';

/** Number of per-viewer variables (including the constant `one`). */
export const VARIABLES = VIEWER_VARIABLES.length;
/** Sums kept per group: Σ vᵢ·vⱼ for i ≤ j (with v₀ = 1, so Σ1·1 = n and Σ1·vᵢ = Σvᵢ). */
export const SUMS_PER_GROUP = (VARIABLES * (VARIABLES + 1)) / 2;

/** Position of Σ vᵢ·vⱼ in a group's block of sums (symmetric: i and j in any order). */
export function sumIndex(i: number, j: number): number {
  const [a, b] = i <= j ? [i, j] : [j, i];
  return a * VARIABLES - (a * (a - 1)) / 2 + (b - a);
}

/** Index of a variable by name. */
export function variableIndex(name: (typeof VIEWER_VARIABLES)[number]): number {
  return VIEWER_VARIABLES.indexOf(name);
}

/** Where a group's shifts K₀ … K_{V−1} start in its block (after the sums; K₀ = 0, the constant). */
export const SHIFT_OFFSET = SUMS_PER_GROUP;
/** Length of one group's block: the sums of products, then one shift per variable. */
export const GROUP_LENGTH = SUMS_PER_GROUP + VARIABLES;

/**
 * Sufficient statistics of every per-viewer variable, per group (an arm, or a time block): the
 * full matrix of sums of products, so that any metric — a mean, a proportion, a ratio of two
 * variables, with or without a CUPED covariate — and any cluster total can be formed afterwards
 * without keeping a single viewer. Addable across sessions; O(VARIABLES²) per viewer.
 *
 * The sums are of shifted values, Σ(vᵢ − Kᵢ)(vⱼ − Kⱼ) with Kᵢ the group's first viewer's vᵢ (K₀ = 0
 * for the constant, so Σ1·1 = n and Σ1·(vᵢ − Kᵢ) is the shifted sum): the shifted-data algorithm
 * of Chan, Golub & LeVeque (1983), the same as the CSV pass (`MetricStats.shift`), so values
 * near 1e12 with a spread of 100 keep their variance. The shifts are stored after the sums.
 */
export class ViewerSums {
  readonly data: Float64Array;
  private readonly centred = new Float64Array(VARIABLES);

  constructor(readonly groups: number) {
    this.data = new Float64Array(groups * GROUP_LENGTH);
  }

  /** Add one viewer; `values[0]` must be 1 (the constant), the rest in VIEWER_VARIABLES order. */
  add(group: number, values: ArrayLike<number>): void {
    const data = this.data;
    const base = group * GROUP_LENGTH;
    const shifts = base + SHIFT_OFFSET;
    const v = this.centred;
    v[0] = values[0];
    if (data[base] === 0) for (let i = 1; i < VARIABLES; i++) data[shifts + i] = values[i];
    for (let i = 1; i < VARIABLES; i++) v[i] = values[i] - data[shifts + i];
    let k = base;
    for (let i = 0; i < VARIABLES; i++) {
      const vi = v[i];
      for (let j = i; j < VARIABLES; j++) data[k++] += vi * v[j];
    }
  }

  /** The sums and shifts of one group as a plain array (structured-clone and JSON friendly). */
  group(group: number): number[] {
    return Array.from(this.data.subarray(group * GROUP_LENGTH, (group + 1) * GROUP_LENGTH));
  }
}

/**
 * Element-wise sum of groups' sums (e.g. one arm over several sessions), around the shifts of the
 * first non-empty part: each other part is moved there directly, with δᵢ = K_bᵢ − Kᵢ,
 *   Σ(vᵢ − Kᵢ)(vⱼ − Kⱼ) = S_ij + δᵢS_0j + δⱼS_0i + nδᵢδⱼ
 * (S the part's shifted sums, S_0i = Σ(vᵢ − K_bᵢ)), never through raw sums.
 */
export function addSums(parts: readonly (readonly number[])[]): number[] {
  const total = new Array<number>(GROUP_LENGTH).fill(0);
  const first = parts.find((part) => part[0] > 0);
  if (first) for (let i = 1; i < VARIABLES; i++) total[SHIFT_OFFSET + i] = first[SHIFT_OFFSET + i];
  const delta = new Float64Array(VARIABLES);
  for (const part of parts) {
    let moved = false;
    for (let i = 1; i < VARIABLES; i++) {
      delta[i] = part[0] > 0 ? part[SHIFT_OFFSET + i] - total[SHIFT_OFFSET + i] : 0;
      if (delta[i] !== 0) moved = true;
    }
    if (!moved) {
      for (let k = 0; k < SUMS_PER_GROUP; k++) total[k] += part[k];
      continue;
    }
    const n = part[0];
    let k = 0;
    for (let i = 0; i < VARIABLES; i++) {
      for (let j = i; j < VARIABLES; j++) {
        total[k] += part[k] + delta[i] * part[j] + delta[j] * part[i] + n * delta[i] * delta[j];
        k++;
      }
    }
  }
  return total;
}

/** The shift of variable i in a group's block. */
export function shiftOf(sums: readonly number[], i: number): number {
  return sums[SHIFT_OFFSET + i];
}

/** Raw Σvᵢ of a group: Σ(vᵢ − Kᵢ) + nKᵢ (exact for the counts and 0/1 indicators). */
export function rawSum(sums: readonly number[], i: number): number {
  return sums[sumIndex(0, i)] + sums[0] * shiftOf(sums, i);
}

/** Raw Σvᵢvⱼ of a group: Σ(vᵢ − Kᵢ)(vⱼ − Kⱼ) + KⱼΣ(vᵢ − Kᵢ) + KᵢΣ(vⱼ − Kⱼ) + nKᵢKⱼ. */
export function rawProduct(sums: readonly number[], i: number, j: number): number {
  const ki = shiftOf(sums, i);
  const kj = shiftOf(sums, j);
  return sums[sumIndex(i, j)] + kj * sums[sumIndex(0, i)] + ki * sums[sumIndex(0, j)] + sums[0] * ki * kj;
}
